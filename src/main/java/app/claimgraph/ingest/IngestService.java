package app.claimgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
import app.claimgraph.document.DocumentEntity;
import app.claimgraph.document.DocumentRepository;
import app.claimgraph.graphql.ApiError;
import app.claimgraph.graphql.GlobalId;
import app.claimgraph.graphql.IdChunks;
import app.claimgraph.graphql.Text;
import app.claimgraph.ingest.IngestResult.Outcome;
import app.claimgraph.relationship.RelationshipEntity;
import app.claimgraph.relationship.RelationshipRepository;
import app.claimgraph.search.SearchIndex;

/**
 * The one write path for documents: validate → resolve actors → upsert, in one transaction. The
 * seed loader uses it, and so will the ingest mutation. Idempotent: the same input again changes
 * nothing; a changed version of a document (same URL, or same text without URL) is updated in place.
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
    RelationshipRepository relationships;
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
        if (doc != null && inputHash.equals(doc.contentHash)) {
            return unchanged(doc, in);
        }
        lock.acquire();
        // another writer may have stored or changed it between the check and the lock
        if (doc != null) {
            documents.getEntityManager().refresh(doc);
        } else {
            doc = documents.byKey(docKey).orElse(null);
        }
        if (doc != null && inputHash.equals(doc.contentHash)) {
            return unchanged(doc, in);
        }
        Run run = new Run();
        run.by = by;
        Map<String, ActorEntity> byRef = resolveActors(in, run);

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        boolean created = doc == null;
        if (created) {
            doc = new DocumentEntity();
            doc.key = docKey;
            doc.createdAt = now;
        }
        doc.url = in.url;
        doc.title = in.title;
        doc.publishedOn = in.publishedOn;
        doc.language = in.language;
        doc.publisherId = in.publisher == null ? null : byRef.get(in.publisher).id;
        doc.body = in.text;
        doc.contentHash = inputHash;
        doc.updatedAt = now;
        documents.persist(doc);
        search.indexDocument(doc.id, doc.title, doc.body);

        Map<String, ClaimEntity> claimsByRef = upsertClaims(in, doc, byRef, run);
        linkClaims(in, claimsByRef);
        upsertRelationships(in, byRef, claimsByRef, run);
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

    /** Row ids touched, counters and warnings of one ingestion. */
    private static final class Run {
        String by;
        final List<Long> actorsCreated = new ArrayList<>();
        final List<Long> actorsMatched = new ArrayList<>();
        final List<Long> claimsCreated = new ArrayList<>();
        final List<Long> claimsUpdated = new ArrayList<>();
        final List<Long> relsCreated = new ArrayList<>();
        final List<Long> relsUpdated = new ArrayList<>();
        /** Relationships whose evidence this ingestion rewrites: checked for orphans at the end. */
        final java.util.Set<Long> evidenceChanged = new java.util.HashSet<>();
        /** Actors whose name or aliases changed: their search entries are rewritten. */
        final java.util.Set<ActorEntity> reindex = new java.util.LinkedHashSet<>();
        int claimsRemoved;
        int relsRemoved;
        final List<String> warnings = new ArrayList<>();
    }

    private Map<String, ActorEntity> resolveActors(DocumentInput in, Run run) {
        Map<String, ActorEntity> byRef = new LinkedHashMap<>();
        List<Problem> unknown = new ArrayList<>();
        for (int i = 0; i < in.actors.size(); i++) {
            ActorInput a = in.actors.get(i);
            ActorEntity entity;
            if (a.id != null) {
                entity = existing(a.id, "actors[" + i + "].id", unknown);
                if (entity == null) {
                    continue;
                }
                run.actorsMatched.add(entity.id);
            } else {
                entity = match(a, run);
                if (entity == null) {
                    entity = createActor(a);
                    run.actorsCreated.add(entity.id);
                    changes.record(run.by, GlobalId.ACTOR, entity.key, ChangeAction.CREATED, null,
                            ActorSnapshot.of(entity, a.aliases), null);
                } else if (!run.actorsMatched.contains(entity.id)) {
                    run.actorsMatched.add(entity.id);
                }
            }
            if (entity.description == null && a.description != null) {
                entity.description = a.description;
            }
            if (addAliases(entity, a.aliases) || run.actorsCreated.contains(entity.id)) {
                run.reindex.add(entity);
            }
            byRef.put(a.ref, entity);
        }
        if (!unknown.isEmpty()) {
            throw new InputRejected(unknown);
        }
        for (ActorInput a : in.actors) {
            if (a.parent == null) {
                continue;
            }
            ActorEntity child = byRef.get(a.ref);
            ActorEntity parent = byRef.get(a.parent);
            if (child.parentId == null) {
                child.parentId = parent.id;
            } else if (!child.parentId.equals(parent.id)) {
                run.warnings.add("actor '" + child.name + "' keeps its parent; the input names '" + parent.name + "'");
            }
        }
        return byRef;
    }

    private ActorEntity existing(String id, String path, List<Problem> problems) {
        try {
            String key = GlobalId.decodeKey(id, GlobalId.ACTOR, path);
            ActorEntity e = actors.byKeyOrRedirect(key).orElse(null);
            if (e == null) {
                problems.add(new Problem(path, "No actor has ID '" + id + "'."));
            }
            return e;
        } catch (ApiError e) {
            problems.add(new Problem(path, e.getMessage()));
            return null;
        }
    }

    private ActorEntity match(ActorInput a, Run run) {
        ActorEntity e = findMatch(a).orElse(null);
        if (e != null && !e.nameNorm.equals(Text.fold(a.name))) {
            run.warnings.add("actor '" + a.name + "' matched '" + e.name + "' by alias");
        }
        return e;
    }

    /** An existing actor of the same kind and country whose name or an alias equals the input's name. */
    @SuppressWarnings("unchecked")
    Optional<ActorEntity> findMatch(ActorInput a) {
        String norm = Text.fold(a.name);
        String country = a.countryCode == null ? null : a.countryCode.toUpperCase(Locale.ROOT);
        String sql = "SELECT a.id, CASE WHEN a.name_norm = :n THEN 0 ELSE 1 END AS by_alias FROM actor a"
                + " WHERE a.kind = :kind AND " + (country == null ? "a.country_code IS NULL" : "a.country_code = :country")
                + " AND (a.name_norm = :n OR EXISTS (SELECT 1 FROM actor_alias al WHERE al.actor_id = a.id"
                + " AND al.alias_norm = :n)) ORDER BY by_alias, a.id";
        var q = em.createNativeQuery(sql).setParameter("n", norm).setParameter("kind", a.kind.name());
        if (country != null) {
            q.setParameter("country", country);
        }
        List<Object[]> rows = q.setMaxResults(1).getResultList();
        return rows.isEmpty() ? Optional.empty() : actors.findByIdOptional(((Number) rows.get(0)[0]).longValue());
    }

    ActorEntity createActor(ActorInput a) {
        ActorEntity e = new ActorEntity();
        e.key = freeKey(slug(a.name));
        e.name = a.name.strip();
        e.nameNorm = Text.fold(a.name);
        e.kind = a.kind;
        e.countryCode = a.countryCode == null ? null : a.countryCode.toUpperCase(Locale.ROOT);
        e.description = a.description;
        e.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        actors.persist(e);
        return e;
    }

    private String freeKey(String base) {
        String key = base;
        for (int n = 2; actors.byKey(key).isPresent(); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    /** Adds the aliases the actor lacks (ignoring case and accents), after its current ones; true if any. */
    @SuppressWarnings("unchecked")
    boolean addAliases(ActorEntity actor, List<String> aliases) {
        if (aliases.isEmpty()) {
            return false;
        }
        boolean added = false;
        List<Object[]> rows = em.createNativeQuery("SELECT alias_norm, position FROM actor_alias WHERE actor_id = :a")
                .setParameter("a", actor.id).getResultList();
        Set<String> present = rows.stream().map(r -> (String) r[0]).collect(Collectors.toSet());
        int position = rows.stream().mapToInt(r -> ((Number) r[1]).intValue()).max().orElse(-1);
        for (String alias : aliases) {
            String norm = Text.fold(alias);
            if (norm.equals(actor.nameNorm) || !present.add(norm)) {
                continue;
            }
            em.createNativeQuery("INSERT INTO actor_alias (actor_id, alias, alias_norm, position) VALUES (:a, :alias, :norm, :p)")
                    .setParameter("a", actor.id).setParameter("alias", alias.strip()).setParameter("norm", norm)
                    .setParameter("p", ++position).executeUpdate();
            added = true;
        }
        return added;
    }

    private Map<String, ClaimEntity> upsertClaims(DocumentInput in, DocumentEntity doc, Map<String, ActorEntity> byRef,
            Run run) {
        Map<String, ClaimEntity> existing = new HashMap<>();
        for (ClaimEntity c : claims.list("documentId", doc.id)) {
            existing.put(c.ref, c);
        }
        // the relationships a previous version supported may lose their evidence below
        run.evidenceChanged.addAll(relationshipsSupportedBy(existing.values().stream().map(c -> c.id).toList()));
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
                    em.createNativeQuery("DELETE FROM " + table + " WHERE claim_id = :c").setParameter("c", e.id)
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
            links("claim_subject", e.id, c.subjects, byRef);
            links("claim_reporter", e.id, c.reportedBy, byRef);
            for (int i = 0; i < c.evidence.size(); i++) {
                SpanInput s = c.evidence.get(i);
                em.createNativeQuery("INSERT INTO evidence_span (claim_id, position, start_offset, end_offset, span_text)"
                        + " VALUES (:c, :p, :s, :e, :t)").setParameter("c", e.id).setParameter("p", i)
                        .setParameter("s", s.start).setParameter("e", s.end).setParameter("t", s.text).executeUpdate();
            }
            byRef2.put(c.ref, e);
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
            em.createNativeQuery("DELETE FROM claim_link WHERE from_claim_id IN (:ids)").setParameter("ids", ids)
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
                        em.createNativeQuery("INSERT INTO claim_link (from_claim_id, to_claim_id, link_type) VALUES (:f, :t, :y)")
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

    private void links(String table, long claimId, List<String> actorRefs, Map<String, ActorEntity> byRef) {
        for (int i = 0; i < actorRefs.size(); i++) {
            em.createNativeQuery("INSERT INTO " + table + " (claim_id, actor_id, position) VALUES (:c, :a, :p)")
                    .setParameter("c", claimId).setParameter("a", byRef.get(actorRefs.get(i)).id).setParameter("p", i)
                    .executeUpdate();
        }
    }

    private void upsertRelationships(DocumentInput in, Map<String, ActorEntity> byRef,
            Map<String, ClaimEntity> claimsByRef, Run run) {
        List<Long> docClaimIds = claimsByRef.values().stream().map(c -> c.id).toList();
        if (!docClaimIds.isEmpty()) {
            em.createNativeQuery("DELETE FROM relationship_evidence WHERE claim_id IN (:ids)")
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
                em.createNativeQuery("INSERT INTO relationship_evidence (relationship_id, claim_id, position)"
                        + " VALUES (:r, :c, :p)").setParameter("r", e.id)
                        .setParameter("c", claimsByRef.get(r.evidence.get(i)).id).setParameter("p", i).executeUpdate();
            }
        }
        run.relsRemoved = removeUnsupportedRelationships(run.by, run.evidenceChanged);
    }

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

    /** A document's key (from its URL, or its text) and the hash of the whole input, as stored. */
    record Fingerprint(String key, String contentHash) {
    }

    Fingerprint fingerprint(DocumentInput in) {
        return new Fingerprint(sha256(in.url != null ? "url:" + in.url : "text:" + in.text).substring(0, 16),
                sha256(canonical(in)));
    }

    private String canonical(DocumentInput in) {
        try {
            return json.writeValueAsString(in);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("input cannot be serialised", e);
        }
    }

    static String slug(String name) {
        String s = Text.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.isEmpty()) {
            s = "actor";
        }
        return s.length() > 180 ? s.substring(0, 180) : s;
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
