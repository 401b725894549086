package app.claimgraph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.claimgraph.actor.ActorEntity;
import app.claimgraph.actor.ActorRepository;
import app.claimgraph.change.ChangeAction;
import app.claimgraph.change.ChangeLog;
import app.claimgraph.node.GlobalId;
import app.claimgraph.api.Text;
import app.claimgraph.relationship.RelationshipEntity;
import app.claimgraph.relationship.RelationshipRepository;
import app.claimgraph.search.SearchIndex;

/**
 * Corrections to actors: creating or editing one, and merging duplicates into the one kept (their
 * claims, relationships, aliases and IDs follow it). Each method is one transaction that takes the
 * write lock, checks everything first (reporting every problem at once), then writes and records
 * what it changed.
 */
@ApplicationScoped
public class ActorCuration {

    @Inject
    EntityManager em;
    @Inject
    WriteLock lock;
    @Inject
    ChangeLog changes;
    @Inject
    ActorRepository actors;
    @Inject
    RelationshipRepository relationships;
    @Inject
    ActorResolver resolver;
    @Inject
    Event<WriteEvent> events;
    @Inject
    SearchIndex search;

    public record Upserted(long actorId, boolean created) {
    }

    @Transactional
    public Upserted upsertActor(ActorUpsertInput in, String by) {
        lock.acquire();
        List<Problem> problems = new ArrayList<>();
        ActorEntity existing = in.id == null ? null : resolver.existing(in.id, "input.id", problems);
        ActorEntity parent = in.parent == null ? null : resolver.existing(in.parent, "input.parent", problems);
        problems.addAll(InputValidator.validate(in));
        if (existing != null && parent != null && existing.id.equals(parent.id)) {
            problems.add(new Problem("input.parent", "An actor cannot be its own parent."));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        boolean created = false;
        if (existing == null) {
            ActorInput probe = new ActorInput();
            probe.name = in.name;
            probe.kind = in.kind;
            probe.countryCode = in.countryCode;
            existing = resolver.findMatch(probe).orElse(null);
            if (existing == null) {
                probe.description = in.description;
                existing = resolver.createActor(probe);
                created = true;
            }
        }
        Map<String, Object> before = created ? null : ActorSnapshot.of(existing, actors.aliasesOf(existing.id));
        if (in.id != null && in.name != null) { // a rename needs the id: matching by name keeps the stored one
            existing.name = in.name.strip();
            existing.nameNorm = Text.fold(in.name);
        }
        if (in.id != null && in.kind != null) {
            existing.kind = in.kind;
        }
        if (in.countryCode != null) {
            existing.countryCode = in.countryCode.toUpperCase(Locale.ROOT);
        }
        if (in.description != null) {
            existing.description = in.description;
        }
        if (parent != null) {
            existing.parentId = parent.id;
        }
        if (in.aliases != null) {
            em.createNativeQuery("DELETE FROM actor_alias WHERE actor_id = :a").setParameter("a", existing.id)
                    .executeUpdate();
            resolver.addAliases(existing, in.aliases);
        }
        Map<String, Object> after = ActorSnapshot.of(existing, actors.aliasesOf(existing.id));
        search.indexActor(existing.id, existing.name, actors.aliasesOf(existing.id));
        if (before == null || !before.equals(after)) {
            changes.record(by, GlobalId.ACTOR, existing.key, created ? ChangeAction.CREATED : ChangeAction.UPDATED,
                    before == null ? null : CurationService.diff(before, after, true), before == null ? after : CurationService.diff(before, after, false),
                    null);
        }
        return new Upserted(existing.id, created);
    }

    /** Moves every claim, alias, relationship and reference of the merged actors onto {@code keep}. */
    @Transactional
    public long mergeActors(String keepId, List<String> mergeIds, String by) {
        lock.acquire();
        List<Problem> problems = new ArrayList<>();
        ActorEntity keep = resolver.existing(keepId, "keep", problems);
        List<ActorEntity> merged = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        if (mergeIds.isEmpty()) {
            problems.add(new Problem("merge", "List at least one actor to merge into 'keep'."));
        }
        for (int i = 0; i < mergeIds.size(); i++) {
            ActorEntity m = resolver.existing(mergeIds.get(i), "merge[" + i + "]", problems);
            if (m == null) {
                continue;
            }
            if (keep != null && m.id.equals(keep.id)) {
                problems.add(new Problem("merge[" + i + "]", "This is the actor to keep: an actor cannot be merged into itself."));
            } else if (!seen.add(m.id)) {
                problems.add(new Problem("merge[" + i + "]", "Listed twice."));
            } else {
                merged.add(m);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        List<String> keptAliases = new ArrayList<>(actors.aliasesOf(keep.id));
        List<Long> changedRels = new ArrayList<>();
        for (ActorEntity m : merged) {
            List<String> moved = new ArrayList<>(List.of(m.name));
            moved.addAll(actors.aliasesOf(m.id));
            update("UPDATE claim SET claimant_id = :k WHERE claimant_id = :m", keep, m);
            for (String table : List.of("claim_subject", "claim_reporter")) {
                update("DELETE FROM " + table + " WHERE actor_id = :m AND claim_id IN (SELECT x.claim_id FROM " + table
                        + " x WHERE x.actor_id = :k)", keep, m);
                update("UPDATE " + table + " SET actor_id = :k WHERE actor_id = :m", keep, m);
            }
            update("UPDATE document SET publisher_id = :k WHERE publisher_id = :m", keep, m);
            update("UPDATE actor SET parent_id = :k WHERE parent_id = :m AND id <> :k", keep, m);
            if (m.id.equals(keep.parentId)) {
                keep.parentId = m.parentId == null || m.parentId.equals(keep.id) ? null : m.parentId;
            }
            changedRels.addAll(moveRelationships(keep, m, by));
            update("UPDATE actor_redirect SET actor_id = :k WHERE actor_id = :m", keep, m);
            em.createNativeQuery("INSERT INTO actor_redirect (old_key, actor_id) VALUES (:key, :k)")
                    .setParameter("key", m.key).setParameter("k", keep.id).executeUpdate();
            changes.record(by, GlobalId.ACTOR, m.key, ChangeAction.MERGED, ActorSnapshot.of(m, moved.subList(1, moved.size())),
                    Map.of("mergedInto", GlobalId.encode(GlobalId.ACTOR, keep.key)), null);
            em.flush();
            search.remove(SearchIndex.ACTOR, List.of(m.id));
            actors.delete(m);
            em.flush();
            resolver.addAliases(keep, moved);
        }
        search.indexActor(keep.id, keep.name, actors.aliasesOf(keep.id));
        changes.record(by, GlobalId.ACTOR, keep.key, ChangeAction.UPDATED, Map.of("aliases", keptAliases),
                Map.of("aliases", actors.aliasesOf(keep.id), "merged",
                        merged.stream().map(m -> GlobalId.encode(GlobalId.ACTOR, m.key)).toList()),
                null);
        events.fire(new WriteEvent(null, List.of(), changedRels));
        return keep.id;
    }

    /** Repoints m's relationships to keep; folds duplicates into the existing edge, drops self-loops. */
    private List<Long> moveRelationships(ActorEntity keep, ActorEntity m, String by) {
        List<Long> changed = new ArrayList<>();
        for (RelationshipEntity r : relationships.list("sourceId = ?1 or targetId = ?1", m.id)) {
            long source = r.sourceId.equals(m.id) ? keep.id : r.sourceId;
            long target = r.targetId.equals(m.id) ? keep.id : r.targetId;
            RelationshipEntity twin = relationships
                    .find("sourceId = ?1 and targetId = ?2 and type = ?3 and id <> ?4", source, target, r.type, r.id)
                    .firstResult();
            if (source == target || twin != null) {
                if (twin != null) {
                    em.createNativeQuery("INSERT INTO relationship_evidence (relationship_id, claim_id, position)"
                            + " SELECT :t, e.claim_id, e.position + 1000 FROM relationship_evidence e"
                            + " WHERE e.relationship_id = :r AND e.claim_id NOT IN"
                            + " (SELECT x.claim_id FROM relationship_evidence x WHERE x.relationship_id = :t)")
                            .setParameter("t", twin.id).setParameter("r", r.id).executeUpdate();
                    changed.add(twin.id);
                }
                changes.record(by, GlobalId.RELATIONSHIP, r.key, ChangeAction.DELETED, RelationshipSnapshot.of(r), null,
                        source == target ? "merging made it a self-loop" : "folded into the identical relationship");
                relationships.delete(r);
            } else {
                r.sourceId = source;
                r.targetId = target;
                changed.add(r.id);
            }
        }
        return changed;
    }

    private void update(String sql, ActorEntity keep, ActorEntity m) {
        var q = em.createNativeQuery(sql);
        if (sql.contains(":k")) {
            q.setParameter("k", keep.id);
        }
        q.setParameter("m", m.id).executeUpdate();
    }
}
