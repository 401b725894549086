package app.claimgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.claimgraph.actor.ActorEntity;
import app.claimgraph.actor.ActorRepository;
import app.claimgraph.change.ChangeAction;
import app.claimgraph.change.ChangeLog;
import app.claimgraph.claim.ClaimEntity;
import app.claimgraph.document.DocumentEntity;
import app.claimgraph.document.DocumentField;
import app.claimgraph.document.DocumentRepository;
import app.claimgraph.node.GlobalId;
import app.claimgraph.ingest.IngestResult.Outcome;
import app.claimgraph.search.SearchIndex;

/**
 * The one write path for documents: validate → resolve actors ({@link ActorResolver}) → upsert
 * claims and their links ({@link ClaimWriter}) → relationships ({@link RelationshipWriter}, which drops those left without evidence),
 * in one transaction. The seed loader, the ingest mutations and the importer use it. Idempotent: the
 * same input again changes nothing; a changed version of a document (same URL, or same text without
 * URL) is updated in place.
 */
@ApplicationScoped
public class IngestService {

    @Inject
    ActorRepository actors;
    @Inject
    DocumentRepository documents;
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
    ClaimWriter claimWriter;
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

        Map<String, ClaimEntity> claimsByRef = claimWriter.write(in, doc, byRef, run);
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
