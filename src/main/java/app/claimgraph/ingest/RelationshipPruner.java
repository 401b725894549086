package app.claimgraph.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;


import app.claimgraph.change.ChangeAction;
import app.claimgraph.change.ChangeLog;
import app.claimgraph.node.GlobalId;
import app.claimgraph.paging.IdChunks;
import app.claimgraph.relationship.RelationshipEntity;
import app.claimgraph.relationship.RelationshipRepository;

/** No edge without a source: removes relationships left without evidence by a write, recording each. */
@ApplicationScoped
public class RelationshipPruner {

    @Inject
    EntityManager em;
    @Inject
    RelationshipRepository relationships;
    @Inject
    ChangeLog changes;

    /** Relationships that any of these claims is evidence for. */
    Set<Long> relationshipsSupportedBy(Collection<Long> claimIds) {
        Set<Long> out = new java.util.HashSet<>();
        relationships.supportedBy(claimIds).values().forEach(out::addAll);
        return out;
    }

    /**
     * No edge without a source: drops those of {@code candidates} (relationships whose evidence
     * was just rewritten or deleted) that have no evidence left, recording each.
     */
    public int removeUnsupportedRelationships(String by, Collection<Long> candidates) {
        if (candidates.isEmpty()) {
            return 0;
        }
        em.flush();
        List<RelationshipEntity> orphans = new ArrayList<>();
        for (List<Long> chunk : IdChunks.of(candidates)) {
            @SuppressWarnings("unchecked")
            List<RelationshipEntity> found = em.createNativeQuery("SELECT r.* FROM relationship r WHERE r.id IN (:ids)"
                    + " AND NOT EXISTS (SELECT 1 FROM relationship_evidence re WHERE re.relationship_id = r.id)",
                    RelationshipEntity.class).setParameter("ids", chunk).getResultList();
            orphans.addAll(found);
        }
        for (RelationshipEntity r : orphans) {
            changes.record(by, GlobalId.RELATIONSHIP, r.key, ChangeAction.DELETED, RelationshipSnapshot.of(r), null,
                    "no supporting claim left");
            relationships.delete(r);
        }
        return orphans.size();
    }
}
