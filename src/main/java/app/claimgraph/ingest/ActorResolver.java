package app.claimgraph.ingest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;


import app.claimgraph.actor.ActorEntity;
import app.claimgraph.actor.ActorRepository;
import app.claimgraph.change.ChangeAction;
import app.claimgraph.change.ChangeLog;
import app.claimgraph.api.ApiError;
import app.claimgraph.node.GlobalId;
import app.claimgraph.api.Text;

/**
 * Resolves the actors of a write: an input naming an actor by ID gets that actor (or its merge
 * target); one naming it gets an existing actor of the same kind and country whose name or an alias
 * matches (ignoring case and accents), or a new one; aliases are added, parents set once.
 */
@ApplicationScoped
public class ActorResolver {

    @Inject
    EntityManager em;
    @Inject
    ActorRepository actors;
    @Inject
    ChangeLog changes;

    Map<String, ActorEntity> resolveActors(DocumentInput in, IngestRun run) {
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

    /** The actor with this ID (or the one it was merged into); a problem at {@code path} when none. */
    ActorEntity existing(String id, String path, List<Problem> problems) {
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

    private ActorEntity match(ActorInput a, IngestRun run) {
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

    static String slug(String name) {
        String s = Text.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.isEmpty()) {
            s = "actor";
        }
        return s.length() > 180 ? s.substring(0, 180) : s;
    }
}
