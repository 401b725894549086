package app.claimgraph.actor;

import java.sql.ResultSet;
import java.sql.SQLException;
import app.claimgraph.db.Sql;
import app.claimgraph.node.NodeLoader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import app.claimgraph.api.ApiError;
import app.claimgraph.paging.IdChunks;
import app.claimgraph.node.GlobalId;
import app.claimgraph.paging.KeysetQuery;
import app.claimgraph.paging.OrderDirection;
import app.claimgraph.paging.Ordering;
import app.claimgraph.paging.SortColumn;
import app.claimgraph.paging.SortColumn.ValueType;
import app.claimgraph.paging.SqlFilter;
import app.claimgraph.paging.TableRows;
import app.claimgraph.api.Text;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ActorRepository implements PanacheRepository<ActorEntity> {

    @Inject
    Sql db;

    public Optional<ActorEntity> byKey(String key) {
        return find("key", key).firstResultOptional();
    }

    /** The actor with this key, or the one it was merged into: merged IDs keep resolving. */
    @SuppressWarnings("unchecked")
    public Optional<ActorEntity> byKeyOrRedirect(String key) {
        Optional<ActorEntity> direct = byKey(key);
        if (direct.isPresent()) {
            return direct;
        }
        List<Object> ids = getEntityManager().createNativeQuery("SELECT actor_id FROM actor_redirect WHERE old_key = :k")
                .setParameter("k", key).getResultList();
        return ids.isEmpty() ? Optional.empty() : findByIdOptional(((Number) ids.get(0)).longValue());
    }

    /** Keys (requested or merged away) → current actors, in one query each. */
    public Map<String, Actor> byKeysOrRedirects(Collection<String> keys) {
        Map<String, Actor> result = IdChunks.byColumn(db, ROWS, "actor_key", keys, Actor::key);
        List<String> missing = keys.stream().filter(k -> !result.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            List<Object[]> rows = IdChunks.rows(db,
                    "SELECT old_key, actor_id FROM actor_redirect WHERE old_key IN (:ids)", missing, Map.of());
            Map<Long, Actor> targets = actorsByIds(rows.stream().map(r -> ((Number) r[1]).longValue()).toList());
            for (Object[] r : rows) {
                result.put((String) r[0], targets.get(((Number) r[1]).longValue()));
            }
        }
        return result;
    }

    /**
     * SQL for the row id of the actor a key names, following merges, for filters by actor ID.
     * The key is bound as a parameter of {@code where}.
     */
    public static String actorIdSql(SqlFilter where, String key) {
        String k = where.bind(key);
        return "COALESCE((SELECT ak.id FROM actor ak WHERE ak.actor_key = " + k
                + "), (SELECT ar.actor_id FROM actor_redirect ar WHERE ar.old_key = " + k + "))";
    }

    public Map<Long, Actor> actorsByIds(Collection<Long> ids) {
        return IdChunks.byColumn(db, ROWS, "id", ids, Actor::rowId);
    }

    public List<String> aliasesOf(long actorId) {
        return aliases(List.of(actorId)).getOrDefault(actorId, List.of());
    }

    /** Aliases of many actors in one query, in their stored order. */
    public Map<Long, List<String>> aliases(Collection<Long> actorIds) {
        Map<Long, List<String>> result = new LinkedHashMap<>();
        for (Object[] r : IdChunks.rows(db,
                "SELECT actor_id, alias FROM actor_alias WHERE actor_id IN (:ids) ORDER BY actor_id, position", actorIds,
                Map.of())) {
            result.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]);
        }
        return result;
    }

    public KeysetQuery query(ActorFilter filter, ActorOrder order) throws ApiError {
        SqlFilter where = new SqlFilter();
        if (filter != null) {
            if (filter.kinds != null && !filter.kinds.isEmpty()) {
                where.and("a.kind IN (" + where.bind(filter.kinds.stream().map(Enum::name).toList()) + ")");
            }
            if (filter.countryCodes != null && !filter.countryCodes.isEmpty()) {
                where.and("a.country_code IN ("
                        + where.bind(filter.countryCodes.stream().map(c -> c.toUpperCase(java.util.Locale.ROOT)).toList())
                        + ")");
            }
            if (filter.name != null && !filter.name.isBlank()) {
                String p = where.bind(Text.containsPattern(filter.name));
                where.and("(a.name_norm LIKE " + p + " ESCAPE '\\' OR EXISTS (SELECT 1 FROM actor_alias al"
                        + " WHERE al.actor_id = a.id AND al.alias_norm LIKE " + p + " ESCAPE '\\'))");
            }
            if (filter.parent != null) {
                String key = GlobalId.decodeKey(filter.parent, GlobalId.ACTOR, "filter.parent");
                where.and("a.parent_id = " + actorIdSql(where, key));
            }
        }
        return new KeysetQuery("actor a", null, where, ordering(order));
    }

    static Ordering ordering(ActorOrder order) {
        ActorOrderField field = order == null || order.field == null ? ActorOrderField.NAME : order.field;
        boolean desc = order != null && order.direction == OrderDirection.DESC;
        return switch (field) {
            case NAME -> Ordering.of("actors.NAME", "a.id", desc, new SortColumn("a.name_norm", ValueType.STRING, desc));
            case KIND -> Ordering.of("actors.KIND", "a.id", desc, new SortColumn("a.kind", ValueType.STRING, desc),
                    new SortColumn("a.name_norm", ValueType.STRING, desc));
        };
    }

    /** A stored actor whose name (or an alias) folds to one of the looked-up forms. */
    public record NameMatch(String key, String name, ActorKind kind, String countryCode, String norm, String by,
            boolean byName) {
    }

    /** Every actor whose folded name or alias is among {@code norms}: one query (names before aliases). */
    @SuppressWarnings("unchecked")
    public List<NameMatch> byNames(Collection<String> norms) {
        List<NameMatch> out = new ArrayList<>();
        if (norms.isEmpty()) {
            return out;
        }
        List<Object[]> rows = getEntityManager().createNativeQuery(
                "SELECT a.actor_key, a.name, a.kind, a.country_code, a.name_norm, a.name, 1 AS by_name FROM actor a"
                        + " WHERE a.name_norm IN (:n) UNION ALL SELECT a.actor_key, a.name, a.kind, a.country_code,"
                        + " al.alias_norm, al.alias, 0 FROM actor_alias al JOIN actor a ON a.id = al.actor_id"
                        + " WHERE al.alias_norm IN (:n)")
                .setParameter("n", List.copyOf(norms)).getResultList();
        for (Object[] r : rows) {
            out.add(new NameMatch((String) r[0], (String) r[1], ActorKind.valueOf((String) r[2]), (String) r[3],
                    (String) r[4], (String) r[5], ((Number) r[6]).intValue() == 1));
        }
        out.sort((a, b) -> Boolean.compare(b.byName(), a.byName()));
        return out;
    }

    /** {@code node(id:)} for actors (a merged actor's key finds the actor it was merged into). */
    @Produces
    NodeLoader nodes() {
        return new NodeLoader(GlobalId.ACTOR, this::byKeysOrRedirects);
    }

    /**
     * The columns an actor is served from, read by {@link #actor(ResultSet)}: not {@code name_norm} nor
     * {@code created_at}, which no field returns (a timestamp is the costliest column to print and parse).
     */
    private static final List<String> SERVED = List.of("id", "actor_key", "name", "kind", "country_code", "description",
            "parent_id");

    /** Actors as the read side serves them. */
    public static final TableRows<Actor> ROWS = new TableRows<>("actor", SERVED, ActorRepository::actor);

    /** An actor as the read side serves it, from a row holding {@link #ROWS}' columns under their own names. */
    public static Actor actor(ResultSet rs) throws SQLException {
        return actor(rs, Labels.PLAIN);
    }

    /** An actor whose columns sit in the row under {@code labels} (see {@link Labels#select}); null if its id is null. */
    public static Actor actor(ResultSet rs, Labels l) throws SQLException {
        long id = rs.getLong(l.id);
        if (rs.wasNull()) {
            return null;
        }
        return new Actor(id, rs.getString(l.key), rs.getString(l.name), Sql.getEnum(rs, l.kind, ActorKind.class),
                rs.getString(l.countryCode), rs.getString(l.description), Sql.getLong(rs, l.parentId));
    }

    /**
     * The labels of {@code actor}'s columns in a result set: as named ({@link #PLAIN}), or with a prefix
     * when an actor is read beside another table's columns in one row (a claim and its claimant).
     */
    public static final class Labels {
        static final Labels PLAIN = new Labels("");

        private final String prefix;
        final String id, key, name, kind, countryCode, description, parentId;

        private Labels(String prefix) {
            this.prefix = prefix;
            id = prefix + "id";
            key = prefix + "actor_key";
            name = prefix + "name";
            kind = prefix + "kind";
            countryCode = prefix + "country_code";
            description = prefix + "description";
            parentId = prefix + "parent_id";
        }

        /** Labels starting with {@code prefix}, which no column of the other tables in the row may start with. */
        public static Labels prefixed(String prefix) {
            return new Labels(prefix);
        }

        /** The select list reading the served columns of the actor aliased {@code alias} under these labels. */
        public String select(String alias) {
            return SERVED.stream().map(c -> alias + "." + c + " AS " + prefix + c).collect(Collectors.joining(", "));
        }
    }
}
