package app.claimgraph.ingest;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import app.claimgraph.actor.ActorEntity;
import app.claimgraph.change.ChangeAction;
import app.claimgraph.change.ChangeLog;
import app.claimgraph.claim.ClaimEntity;
import app.claimgraph.db.RowWrites;
import app.claimgraph.node.GlobalId;
import app.claimgraph.relationship.RelationshipEntity;
import app.claimgraph.relationship.RelationshipRepository;

/** The relationships of an ingested document: upserted with their evidence, orphans pruned. */
@ApplicationScoped
public class RelationshipWriter {

    @Inject
    EntityManager em;
    @Inject
    RelationshipRepository relationships;
    @Inject
    ChangeLog changes;
    @Inject
    RelationshipPruner pruner;

    /**
     * Creates or updates the input's relationships (one per source, target and type) with their
     * evidence, after removing the evidence this document's claims gave before; then drops those left
     * without any.
     */
    void write(DocumentInput in, Map<String, ActorEntity> byRef,
            Map<String, ClaimEntity> claimsByRef, IngestRun run) {
        List<Long> docClaimIds = claimsByRef.values().stream().map(c -> c.id).toList();
        if (!docClaimIds.isEmpty()) {
            RowWrites.statement(em, "DELETE FROM relationship_evidence WHERE claim_id IN (:ids)")
                    .setParameter("ids", docClaimIds).executeUpdate();
        }
        for (RelationshipInput r : in.relationships) {
            ActorEntity source = byRef.get(r.source);
            ActorEntity target = byRef.get(r.target);
            RelationshipEntity e = relationships
                    .find("sourceId = ?1 and targetId = ?2 and type = ?3", source.id, target.id, r.type)
                    .firstResult();
            if (e == null) {
                e = new RelationshipEntity();
                e.key = source.key + ">" + r.type.name() + ">" + target.key;
                e.sourceId = source.id;
                e.targetId = target.id;
                e.type = r.type;
            }
            Map<String, Object> before = e.id == null ? null : RelationshipSnapshot.of(e);
            e.status = r.status;
            e.since = r.since;
            e.until = r.until;
            e.description = r.description;
            relationships.persist(e);
            if (before == null) {
                run.relsCreated.add(e.id);
                changes.record(run.by, GlobalId.RELATIONSHIP, e.key, ChangeAction.CREATED, null,
                        RelationshipSnapshot.of(e), null);
            } else {
                run.relsUpdated.add(e.id);
                if (!before.equals(RelationshipSnapshot.of(e))) {
                    changes.record(run.by, GlobalId.RELATIONSHIP, e.key, ChangeAction.UPDATED, before,
                            RelationshipSnapshot.of(e), null);
                }
            }
            for (int i = 0; i < r.evidence.size(); i++) {
                RowWrites.statement(em, "INSERT INTO relationship_evidence (relationship_id, claim_id, position)"
                        + " VALUES (:r, :c, :p)").setParameter("r", e.id)
                        .setParameter("c", claimsByRef.get(r.evidence.get(i)).id).setParameter("p", i).executeUpdate();
            }
        }
        run.relsRemoved = pruner.removeUnsupportedRelationships(run.by, run.evidenceChanged);
    }
}
