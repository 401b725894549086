package app.claimgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.claimgraph.change.ChangeAction;
import app.claimgraph.change.ChangeLog;
import app.claimgraph.claim.ClaimEntity;
import app.claimgraph.claim.ClaimLinkType;
import app.claimgraph.claim.ClaimRepository;
import app.claimgraph.claim.ClaimStatus;
import app.claimgraph.document.DocumentEntity;
import app.claimgraph.document.DocumentRepository;
import app.claimgraph.api.ApiError;
import app.claimgraph.node.GlobalId;
import app.claimgraph.relationship.RelationshipEntity;
import app.claimgraph.relationship.RelationshipRepository;
import app.claimgraph.search.SearchIndex;

/**
 * Corrections to stored data: verdicts, claim links, relationship dates, document removal (actors and
 * merges: {@link ActorCuration}).
 * Each method is one transaction that takes the write lock, checks everything first (reporting
 * every problem at once), then writes and records what it changed.
 */
@ApplicationScoped
public class CurationService {

    @Inject
    EntityManager em;
    @Inject
    WriteLock lock;
    @Inject
    ChangeLog changes;
    @Inject
    ClaimRepository claims;
    @Inject
    RelationshipRepository relationships;
    @Inject
    DocumentRepository documents;
    @Inject
    RelationshipPruner pruner;
    @Inject
    Event<WriteEvent> events;
    @Inject
    SearchIndex search;

    @Transactional
    public long updateClaimStatus(String claimId, ClaimStatus status, String note, String by) {
        lock.acquire();
        List<Problem> problems = new ArrayList<>();
        ClaimEntity c = null;
        try {
            c = claims.byKey(GlobalId.decodeKey(claimId, GlobalId.CLAIM, "id")).orElse(null);
            if (c == null) {
                problems.add(new Problem("id", "No claim has ID '" + claimId + "'."));
            }
        } catch (ApiError e) {
            problems.add(new Problem("id", e.getMessage()));
        }
        problems.addAll(InputValidator.validateNote("note", note));
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        if (c.status != status) {
            changes.record(by, GlobalId.CLAIM, c.key, ChangeAction.UPDATED, Map.of("status", c.status.name()),
                    Map.of("status", status.name()), note);
            c.status = status;
        }
        return c.id;
    }

    @Transactional
    public long updateRelationship(String relationshipId, RelationshipUpdateInput in, String by) {
        lock.acquire();
        List<Problem> problems = new ArrayList<>();
        RelationshipEntity r = null;
        try {
            r = relationships.byKey(GlobalId.decodeKey(relationshipId, GlobalId.RELATIONSHIP, "id")).orElse(null);
            if (r == null) {
                problems.add(new Problem("id", "No relationship has ID '" + relationshipId + "'."));
            }
        } catch (ApiError e) {
            problems.add(new Problem("id", e.getMessage()));
        }
        problems.addAll(InputValidator.validate(in));
        if (r != null && problems.isEmpty()) {
            LocalDate since = Boolean.TRUE.equals(in.clearSince) ? null : in.since != null ? in.since : r.since;
            LocalDate until = Boolean.TRUE.equals(in.clearUntil) ? null : in.until != null ? in.until : r.until;
            if (since != null && until != null && until.isBefore(since)) {
                problems.add(new Problem("input.until", "'until' (" + until + ") would be before 'since' (" + since + ")."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        Map<String, Object> before = RelationshipSnapshot.of(r);
        if (in.status != null) {
            r.status = in.status;
        }
        if (Boolean.TRUE.equals(in.clearSince)) {
            r.since = null;
        } else if (in.since != null) {
            r.since = in.since;
        }
        if (Boolean.TRUE.equals(in.clearUntil)) {
            r.until = null;
        } else if (in.until != null) {
            r.until = in.until;
        }
        Map<String, Object> after = RelationshipSnapshot.of(r);
        if (!before.equals(after)) {
            changes.record(by, GlobalId.RELATIONSHIP, r.key, ChangeAction.UPDATED, diff(before, after, true),
                    diff(before, after, false), in.note);
            events.fire(new WriteEvent(null, List.of(), List.of(r.id)));
        }
        return r.id;
    }

    /** Adds or removes one claim-to-claim link; returns the row id of {@code from}. */
    @Transactional
    public long setClaimLink(String fromId, String toId, ClaimLinkType type, boolean present, String by) {
        lock.acquire();
        List<Problem> problems = new ArrayList<>();
        ClaimEntity from = claimById(fromId, "from", problems);
        ClaimEntity to = claimById(toId, "to", problems);
        if (from != null && to != null && from.id.equals(to.id)) {
            problems.add(new Problem("to", "A claim cannot be linked to itself."));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        int changed = present
                ? em.createNativeQuery("INSERT INTO claim_link (from_claim_id, to_claim_id, link_type) SELECT :f, :t, :y"
                        + " FROM write_lock WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM claim_link WHERE from_claim_id = :f"
                        + " AND to_claim_id = :t AND link_type = :y)")
                        .setParameter("f", from.id).setParameter("t", to.id).setParameter("y", type.name()).executeUpdate()
                : em.createNativeQuery("DELETE FROM claim_link WHERE from_claim_id = :f AND to_claim_id = :t AND link_type = :y")
                        .setParameter("f", from.id).setParameter("t", to.id).setParameter("y", type.name()).executeUpdate();
        if (changed > 0) {
            Map<String, Object> link = Map.of(type.name().toLowerCase(Locale.ROOT), GlobalId.encode(GlobalId.CLAIM, to.key));
            changes.record(by, GlobalId.CLAIM, from.key, ChangeAction.UPDATED, present ? null : link, present ? link : null,
                    null);
        }
        return from.id;
    }

    private ClaimEntity claimById(String id, String path, List<Problem> problems) {
        try {
            ClaimEntity c = claims.byKey(GlobalId.decodeKey(id, GlobalId.CLAIM, path)).orElse(null);
            if (c == null) {
                problems.add(new Problem(path, "No claim has ID '" + id + "'."));
            }
            return c;
        } catch (ApiError e) {
            problems.add(new Problem(path, e.getMessage()));
            return null;
        }
    }

    /** Removes a document and its claims; relationships left without evidence go too. */
    @Transactional
    public int deleteDocument(String documentId, String by) {
        lock.acquire();
        DocumentEntity d;
        try {
            d = documents.byKey(GlobalId.decodeKey(documentId, GlobalId.DOCUMENT, "id")).orElse(null);
        } catch (ApiError e) {
            throw new InputRejected(List.of(new Problem("id", e.getMessage())));
        }
        if (d == null) {
            throw new InputRejected(List.of(new Problem("id", "No document has ID '" + documentId + "'.")));
        }
        List<ClaimEntity> gone = claims.list("documentId", d.id);
        Set<Long> supported = pruner.relationshipsSupportedBy(gone.stream().map(c -> c.id).toList());
        search.remove(SearchIndex.CLAIM, gone.stream().map(c -> c.id).toList());
        search.remove(SearchIndex.DOCUMENT, List.of(d.id));
        for (ClaimEntity c : gone) {
            changes.record(by, GlobalId.CLAIM, c.key, ChangeAction.DELETED,
                    Map.of("text", c.text, "status", c.status.name()), null, "its document was deleted");
            claims.delete(c);
        }
        em.flush();
        int removed = pruner.removeUnsupportedRelationships(by, supported);
        changes.record(by, GlobalId.DOCUMENT, d.key, ChangeAction.DELETED, Map.of("title", d.title), null, null);
        documents.delete(d);
        return removed;
    }

    /** The fields that differ, from one side. */
    static Map<String, Object> diff(Map<String, Object> before, Map<String, Object> after, boolean fromBefore) {
        Map<String, Object> d = new LinkedHashMap<>();
        for (String k : before.keySet()) {
            if (!java.util.Objects.equals(before.get(k), after.get(k))) {
                d.put(k, fromBefore ? before.get(k) : after.get(k));
            }
        }
        return d;
    }
}
