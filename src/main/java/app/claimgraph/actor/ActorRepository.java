package app.claimgraph.actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import app.claimgraph.graphql.ApiError;
import app.claimgraph.graphql.GlobalId;
import app.claimgraph.graphql.KeysetQuery;
import app.claimgraph.graphql.OrderDirection;
import app.claimgraph.graphql.Ordering;
import app.claimgraph.graphql.SortColumn;
import app.claimgraph.graphql.SortColumn.ValueType;
import app.claimgraph.graphql.SqlFilter;
import app.claimgraph.graphql.Text;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ActorRepository implements PanacheRepository<ActorEntity> {

    public Optional<ActorEntity> byKey(String key) {
        return find("key", key).firstResultOptional();
    }

    public Map<Long, ActorEntity> byIds(Collection<Long> ids) {
        Map<Long, ActorEntity> result = new HashMap<>();
        if (!ids.isEmpty()) {
            for (ActorEntity e : list("id in ?1", List.copyOf(ids))) {
                result.put(e.id, e);
            }
        }
        return result;
    }

    public Map<Long, Actor> actorsByIds(Collection<Long> ids) {
        Map<Long, Actor> result = new HashMap<>();
        byIds(ids).forEach((id, e) -> result.put(id, Actor.from(e)));
        return result;
    }

    /** Aliases of many actors in one query, in their stored order. */
    @SuppressWarnings("unchecked")
    public Map<Long, List<String>> aliases(Collection<Long> actorIds) {
        Map<Long, List<String>> result = new LinkedHashMap<>();
        if (actorIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = getEntityManager().createNativeQuery(
                "SELECT actor_id, alias FROM actor_alias WHERE actor_id IN (:ids) ORDER BY actor_id, position")
                .setParameter("ids", List.copyOf(actorIds)).getResultList();
        for (Object[] r : rows) {
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
                where.and("a.parent_id = (SELECT p.id FROM actor p WHERE p.actor_key = " + where.bind(key) + ")");
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
}
