package app.claimgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import app.claimgraph.actor.ActorEntity;
import app.claimgraph.api.ApiError;
import app.claimgraph.change.ChangeAction;
import app.claimgraph.change.ChangeLog;
import app.claimgraph.claim.ClaimEntity;
import app.claimgraph.claim.ClaimLinkType;
import app.claimgraph.claim.ClaimRepository;
import app.claimgraph.db.RowWrites;
import app.claimgraph.api.Text;
import app.claimgraph.document.DocumentEntity;
import app.claimgraph.node.GlobalId;
import app.claimgraph.search.SearchIndex;

/**
 * The claims of an ingested document: upserted with their link rows and search words, those the new
 * version no longer makes deleted, links between claims rewritten. Link rows go through
 * {@link RowWrites}: no session flush per row.
 */
@ApplicationScoped
public class ClaimWriter {

    @Inject
    EntityManager em;
    @Inject
    ClaimRepository claims;
    @Inject
    ChangeLog changes;
    @Inject
    SearchIndex search;
    @Inject
    RelationshipPruner pruner;

    /**
     * Creates or updates the input's claims with their subjects, reporters and evidence spans, deletes the
     * document's claims the input no longer makes, then rewrites the links between claims.
     *
     * @return the document's claims by their reference in the input
     */
    Map<String, ClaimEntity> write(DocumentInput in, DocumentEntity doc, Map<String, ActorEntity> byRef, IngestRun run) {
        Map<String, ClaimEntity> claimsByRef = upsert(in, doc, byRef, run);
        linkClaims(in, claimsByRef);
        return claimsByRef;
    }

    private Map<String, ClaimEntity> upsert(DocumentInput in, DocumentEntity doc, Map<String, ActorEntity> byRef,
            IngestRun run) {
        Map<String, ClaimEntity> existing = new HashMap<>();
        for (ClaimEntity c : claims.list("documentId", doc.id)) {
            existing.put(c.ref, c);
        }
        // the relationships a previous version supported may lose their evidence below
        run.evidenceChanged.addAll(pruner.relationshipsSupportedBy(existing.values().stream().map(c -> c.id).toList()));
        Map<String, ClaimEntity> claimsByRef = new LinkedHashMap<>();
        for (ClaimInput c : in.claims) {
            ClaimEntity e = existing.remove(c.ref);
            if (e == null) {
                e = new ClaimEntity();
                e.documentId = doc.id;
                e.ref = c.ref;
                e.key = doc.key + "/" + c.ref;
            } else {
                for (String table : List.of("claim_subject", "claim_reporter", "evidence_span")) {
                    RowWrites.statement(em, "DELETE FROM " + table + " WHERE claim_id = :c").setParameter("c", e.id)
                            .executeUpdate();
                }
            }
            e.position = c.evidence.stream().mapToInt(s -> s.start).min().orElse(0);
            e.text = c.text.strip();
            e.textNorm = Text.fold(c.text);
            e.quote = c.quote;
            e.type = c.type;
            e.status = c.status;
            e.claimantId = c.claimant == null ? null : byRef.get(c.claimant).id;
            e.statedOn = c.statedOn;
            e.datePrecision = c.statedOn == null ? null : c.datePrecision;
            e.dateNote = c.dateNote;
            e.confidence = c.confidence;
            boolean isNew = e.id == null;
            claims.persist(e);
            (isNew ? run.claimsCreated : run.claimsUpdated).add(e.id);
            changes.record(run.by, GlobalId.CLAIM, e.key, isNew ? ChangeAction.CREATED : ChangeAction.UPDATED, null,
                    Map.of("text", e.text, "status", e.status.name()), null);
            search.indexClaim(e.id, e.text, e.quote);
            links("INSERT INTO claim_reporter (claim_id, actor_id, position) VALUES (:c, :a, :p)", e.id, c.reportedBy,
                    byRef);
            for (int i = 0; i < c.evidence.size(); i++) {
                SpanInput s = c.evidence.get(i);
                RowWrites.statement(em, "INSERT INTO evidence_span (claim_id, position, start_offset, end_offset, span_text)"
                        + " VALUES (:c, :p, :s, :e, :t)").setParameter("c", e.id).setParameter("p", i)
                        .setParameter("s", s.start).setParameter("e", s.end).setParameter("t", s.text).executeUpdate();
            }
            claimsByRef.put(c.ref, e);
        }
        // a subject row copies its claim's sort keys from the claim's row: updated claims are flushed first, once
        em.flush();
        for (ClaimInput c : in.claims) {
            links(ClaimRepository.insertSubjectSql(":a"), claimsByRef.get(c.ref).id, c.subjects, byRef);
        }
        // Claims the new version of the document no longer makes.
        for (ClaimEntity gone : existing.values()) {
            changes.record(run.by, GlobalId.CLAIM, gone.key, ChangeAction.DELETED,
                    Map.of("text", gone.text, "status", gone.status.name()), null, "no longer in the document");
            search.remove(SearchIndex.CLAIM, List.of(gone.id));
            claims.delete(gone);
            run.claimsRemoved++;
        }
        return claimsByRef;
    }

    /** Rewrites the links from this document's claims (to claims of the input, or stored ones). */
    private void linkClaims(DocumentInput in, Map<String, ClaimEntity> claimsByRef) {
        List<Long> ids = claimsByRef.values().stream().map(c -> c.id).toList();
        if (!ids.isEmpty()) {
            RowWrites.statement(em, "DELETE FROM claim_link WHERE from_claim_id IN (:ids)").setParameter("ids", ids)
                    .executeUpdate();
        }
        List<Problem> unknown = new ArrayList<>();
        for (int i = 0; i < in.claims.size(); i++) {
            ClaimInput c = in.claims.get(i);
            long from = claimsByRef.get(c.ref).id;
            for (ClaimLinkType type : ClaimLinkType.values()) {
                List<String> targets = type == ClaimLinkType.CONTRADICTS ? c.contradicts : c.corroborates;
                for (int j = 0; j < targets.size(); j++) {
                    String t = targets.get(j);
                    Long to = claimsByRef.containsKey(t) ? claimsByRef.get(t).id : storedClaim(t);
                    if (to == null) {
                        unknown.add(new Problem("claims[" + i + "]." + type.name().toLowerCase(Locale.ROOT)
                                + "[" + j + "]", "No claim has ID '" + t + "'."));
                    } else if (to != from) {
                        RowWrites.statement(em, "INSERT INTO claim_link (from_claim_id, to_claim_id, link_type) VALUES (:f, :t, :y)")
                                .setParameter("f", from).setParameter("t", to).setParameter("y", type.name()).executeUpdate();
                    }
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new InputRejected(unknown);
        }
    }

    private Long storedClaim(String id) {
        try {
            return claims.byKey(GlobalId.decodeKey(id, GlobalId.CLAIM, "claim")).map(c -> c.id).orElse(null);
        } catch (ApiError e) {
            return null;
        }
    }

    /** Links a claim to actors in order, one {@code insert} (parameters :c, :a, :p) per actor. */
    private void links(String insert, long claimId, List<String> actorRefs, Map<String, ActorEntity> byRef) {
        for (int i = 0; i < actorRefs.size(); i++) {
            RowWrites.statement(em, insert)
                    .setParameter("c", claimId).setParameter("a", byRef.get(actorRefs.get(i)).id).setParameter("p", i)
                    .executeUpdate();
        }
    }
}
