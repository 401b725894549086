package app.claimgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.claimgraph.actor.ActorEntity;
import app.claimgraph.actor.ActorRepository;
import app.claimgraph.change.ChangeAction;
import app.claimgraph.change.ChangeLog;
import app.claimgraph.claim.ClaimEntity;
import app.claimgraph.claim.ClaimLinkType;
import app.claimgraph.claim.ClaimRepository;
import app.claimgraph.db.RowWrites;
import app.claimgraph.document.DocumentEntity;
import app.claimgraph.document.DocumentField;
import app.claimgraph.document.DocumentRepository;
import app.claimgraph.api.ApiError;
import app.claimgraph.node.GlobalId;
import app.claimgraph.api.Text;
import app.claimgraph.ingest.IngestResult.Outcome;
import app.claimgraph.search.SearchIndex;

/**
 * The one write path for documents: validate → resolve actors ({@link ActorResolver}) → upsert
 * claims and links → relationships ({@link RelationshipWriter}, which drops those left without evidence),
 * in one transaction. The seed loader, the ingest mutations and the importer use it. Idempotent: the
 * same input again changes nothing; a changed version of a document (same URL, or same text without
 * URL) is updated in place.
 */
@ApplicationScoped
public class IngestService {

    @Inject
    EntityManager em;
    @Inject
    ActorRepository actors;
    @Inject
    DocumentRepository documents;
    @Inject
    ClaimRepository claims;
    @Inject
    ObjectMapper json;

    @Inject
    WriteLock lock;
    @Inject
    ChangeLog changes;
    @Inject
    Event<WriteEvent> events;
    @Inject
    SearchIndex search;
    @Inject
    ActorResolver resolver;
    @Inject
    RelationshipPruner pruner;
    @Inject
    RelationshipWriter relationshipWriter;

    /**
     * Stores a document with everything extracted from it, or nothing: problems in the input are
     * reported all at once ({@link InputRejected}) before anything is written.
     *
     * @param by who is writing, recorded with every change
     */
    @Transactional
    public IngestResult ingest(DocumentInput in, String by) {
        List<Problem> problems = InputValidator.validate(in);
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        Fingerprint fingerprint = fingerprint(in);
        String docKey = fingerprint.key();
        String inputHash = fingerprint.contentHash();
        // An unchanged document (the seed on every restart) is answered without the write lock: taking
        // it would bump the data version and empty every instance's result cache for nothing.
        DocumentEntity doc = documents.byKey(docKey).orElse(null);
        if (doc != null && sameContent(doc, in, inputHash)) {
            return unchanged(doc, in);
        }
        lock.acquire();
        // another writer may have stored or changed it between the check and the lock
        if (doc != null) {
            documents.getEntityManager().refresh(doc);
        } else {
            doc = documents.byKey(docKey).orElse(null);
        }
        if (doc != null && sameContent(doc, in, inputHash)) {
            return unchanged(doc, in);
        }
        IngestRun run = new IngestRun();
        run.by = by;
        Map<String, ActorEntity> byRef = resolver.resolveActors(in, run);

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        boolean created = doc == null;
        if (created) {
            doc = new DocumentEntity();
            doc.key = docKey;
            doc.createdAt = now;
        }
        for (DocumentField f : DocumentEntity.FIELDS) {
            f.set().accept(doc, in.documentField(f.name()));
        }
        doc.publisherId = in.publisher == null ? null : byRef.get(in.publisher).id;
        doc.body = in.text;
        doc.contentHash = inputHash;
        doc.hashVersion = ContentHash.VERSION;
        doc.updatedAt = now;
        documents.persist(doc);
        search.indexDocument(doc.id, doc.title, doc.body);

        Map<String, ClaimEntity> claimsByRef = upsertClaims(in, doc, byRef, run);
        linkClaims(in, claimsByRef);
        relationshipWriter.write(in, byRef, claimsByRef, run);
        for (ActorEntity a : run.reindex) {
            search.indexActor(a.id, a.name, actors.aliasesOf(a.id));
        }

        changes.record(by, GlobalId.DOCUMENT, doc.key, created ? ChangeAction.CREATED : ChangeAction.UPDATED,
                null, Map.of("title", doc.title, "claimsCreated", run.claimsCreated.size(), "claimsUpdated",
                        run.claimsUpdated.size(), "claimsRemoved", run.claimsRemoved),
                null);
        List<Long> changedRels = new ArrayList<>(run.relsCreated);
        changedRels.addAll(run.relsUpdated);
        events.fire(new WriteEvent(doc.id, run.claimsCreated, changedRels));
        return new IngestResult(doc.id, created ? Outcome.CREATED : Outcome.UPDATED, run.actorsCreated,
                run.actorsMatched, run.claimsCreated, run.claimsUpdated, run.claimsRemoved, run.relsCreated,
                run.relsUpdated, run.relsRemoved, List.copyOf(run.warnings));
    }

    private Map<String, ClaimEntity> upsertClaims(DocumentInput in, DocumentEntity doc, Map<String, ActorEntity> byRef,
            IngestRun run) {
        Map<String, ClaimEntity> existing = new HashMap<>();
        for (ClaimEntity c : claims.list("documentId", doc.id)) {
            existing.put(c.ref, c);
        }
        // the relationships a previous version supported may lose their evidence below
        run.evidenceChanged.addAll(pruner.relationshipsSupportedBy(existing.values().stream().map(c -> c.id).toList()));
        Map<String, ClaimEntity> byRef2 = new LinkedHashMap<>();
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
            byRef2.put(c.ref, e);
        }
        // a subject row copies its claim's sort keys from the claim's row: updated claims are flushed first, once
        em.flush();
        for (ClaimInput c : in.claims) {
            links(ClaimRepository.insertSubjectSql(":a"), byRef2.get(c.ref).id, c.subjects, byRef);
        }
        // Claims the new version of the document no longer makes.
        for (ClaimEntity gone : existing.values()) {
            changes.record(run.by, GlobalId.CLAIM, gone.key, ChangeAction.DELETED,
                    Map.of("text", gone.text, "status", gone.status.name()), null, "no longer in the document");
            search.remove(SearchIndex.CLAIM, List.of(gone.id));
            claims.delete(gone);
            run.claimsRemoved++;
        }
        return byRef2;
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
                        unknown.add(new Problem("claims[" + i + "]." + type.name().toLowerCase(java.util.Locale.ROOT)
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

    /** A document's key (from its URL, or its text) and the hash of the whole input, as stored. */
    record Fingerprint(String key, String contentHash) {
    }

    Fingerprint fingerprint(DocumentInput in) {
        return new Fingerprint(sha256(in.url != null ? "url:" + in.url : "text:" + in.text).substring(0, 16),
                ContentHash.of(json, in));
    }

    /**
     * Whether the stored document is this input again: by the canonical hash, or for a document stored
     * with a version 1 hash by that one, in which case the stored hash is brought to the current version
     * (a column only this check reads: no data version, no event).
     */
    private boolean sameContent(DocumentEntity doc, DocumentInput in, String inputHash) {
        if (doc.hashVersion == ContentHash.VERSION) {
            return inputHash.equals(doc.contentHash);
        }
        if (!ContentHash.legacy(json, in).equals(doc.contentHash)) {
            return false;
        }
        doc.contentHash = inputHash;
        doc.hashVersion = ContentHash.VERSION;
        return true;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IngestResult unchanged(DocumentEntity doc, DocumentInput in) {
        return new IngestResult(doc.id, Outcome.UNCHANGED, List.of(), List.of(), List.of(), List.of(), 0,
                List.of(), List.of(), 0,
                List.of("document '" + in.title + "' is already stored unchanged; nothing was written"));
    }
}
