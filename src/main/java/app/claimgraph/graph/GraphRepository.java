package app.claimgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import app.claimgraph.relationship.RelationshipStatus;
import app.claimgraph.relationship.RelationshipType;

/**
 * Traversals in SQL. Breadth-first levels are written out one CTE per hop (depth is at most 4),
 * each level removing the actors of the previous ones, so every actor is expanded once whatever
 * the number of paths to it; path enumeration is WITH RECURSIVE over the shortest-path DAG.
 * Plain SQL: the same statements run on H2 and PostgreSQL.
 */
@ApplicationScoped
public class GraphRepository {

    public static final int MAX_DEPTH = 4;

    @Inject
    EntityManager em;

    /** Which relationships a traversal may follow. */
    public record EdgeFilter(List<RelationshipType> types, List<RelationshipStatus> statuses) {

        String sql(String alias, Map<String, Object> params) {
            StringBuilder sb = new StringBuilder("1 = 1");
            if (types != null && !types.isEmpty()) {
                params.put("types", types.stream().map(Enum::name).toList());
                sb.append(" AND ").append(alias).append(".rel_type IN (:types)");
            }
            if (statuses != null && !statuses.isEmpty()) {
                params.put("statuses", statuses.stream().map(Enum::name).toList());
                sb.append(" AND ").append(alias).append(".status IN (:statuses)");
            }
            return sb.toString();
        }
    }

    /** Reached actor of a neighbourhood: root, actor, hops. */
    public record Reached(long root, long actor, int depth) {
    }

    /** Actors within {@code depth} hops of each root (either direction), nearest first. */
    @SuppressWarnings("unchecked")
    public List<Reached> reach(Collection<Long> roots, int depth, EdgeFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("roots", List.copyOf(roots));
        String cond = filter.sql("r", params);
        StringBuilder sql = new StringBuilder("WITH l0(root, actor_id) AS (SELECT a.id, a.id FROM actor a WHERE a.id IN (:roots))");
        for (int i = 1; i <= depth; i++) {
            String prev = "l" + (i - 1);
            StringBuilder seen = new StringBuilder();
            for (int j = 0; j < i; j++) {
                seen.append(j == 0 ? "" : " UNION ").append("SELECT root, actor_id FROM l").append(j);
            }
            sql.append(", l").append(i).append("(root, actor_id) AS ((SELECT p.root, r.target_id FROM ").append(prev)
                    .append(" p JOIN relationship r ON r.source_id = p.actor_id WHERE ").append(cond)
                    .append(" UNION SELECT p.root, r.source_id FROM ").append(prev)
                    .append(" p JOIN relationship r ON r.target_id = p.actor_id WHERE ").append(cond)
                    .append(") EXCEPT (").append(seen).append("))");
        }
        sql.append(" SELECT root, actor_id, d FROM (");
        for (int i = 0; i <= depth; i++) {
            sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT root, actor_id, ").append(i).append(" AS d FROM l").append(i);
        }
        sql.append(") x ORDER BY root, d, actor_id");
        List<Reached> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) run(sql.toString(), params)) {
            out.add(new Reached(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).intValue()));
        }
        return out;
    }

    /** Relationships (matching the filter) with both ends among {@code actors}: id, source, target. */
    @SuppressWarnings("unchecked")
    public List<long[]> edgesAmong(Collection<Long> actors, EdgeFilter filter) {
        if (actors.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("ids", List.copyOf(actors));
        String sql = "SELECT r.id, r.source_id, r.target_id FROM relationship r WHERE r.source_id IN (:ids)"
                + " AND r.target_id IN (:ids) AND " + filter.sql("r", params) + " ORDER BY r.id";
        List<long[]> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) run(sql, params)) {
            out.add(new long[] { ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue() });
        }
        return out;
    }

    /**
     * Shortest paths from one actor to another as lists of relationship ids, at most {@code limit},
     * at most {@code maxDepth} hops; direction ignored unless {@code directed}.
     */
    @SuppressWarnings("unchecked")
    public List<List<Long>> shortestPaths(long from, long to, int maxDepth, boolean directed, EdgeFilter filter, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("cap", limit);
        String cond = filter.sql("r", params);
        StringBuilder sql = new StringBuilder("WITH RECURSIVE ");
        levels(sql, "f", ":from", maxDepth, directed, false, cond);
        sql.append(", ");
        levels(sql, "t", ":to", maxDepth, directed, true, cond);
        sql.append(", len(l) AS (SELECT MIN(df.d + dt.d) FROM fd df JOIN td dt ON df.actor_id = dt.actor_id)");
        // edges of the shortest-path DAG, at most `cap` into each actor, so the walk stays small
        String oriented = "SELECT r.id AS rel_id, r.source_id AS u, r.target_id AS v FROM relationship r WHERE " + cond
                + " AND r.source_id IN (SELECT actor_id FROM fd) AND r.target_id IN (SELECT actor_id FROM fd)";
        if (!directed) {
            oriented += " UNION ALL SELECT r.id, r.target_id, r.source_id FROM relationship r WHERE " + cond
                    + " AND r.source_id IN (SELECT actor_id FROM fd) AND r.target_id IN (SELECT actor_id FROM fd)";
        }
        sql.append(", dag(rel_id, u, v, rn) AS (SELECT e.rel_id, e.u, e.v, ROW_NUMBER() OVER (PARTITION BY e.v ORDER BY e.rel_id)"
                + " FROM (").append(oriented).append(") e JOIN fd du ON du.actor_id = e.u JOIN fd dv ON dv.actor_id = e.v"
                + " JOIN td tv ON tv.actor_id = e.v CROSS JOIN len WHERE dv.d = du.d + 1 AND dv.d + tv.d = len.l)");
        sql.append(", walk(actor_id, depth, rels) AS (SELECT CAST(:from AS BIGINT), 0, CAST('' AS VARCHAR)"
                + " UNION ALL SELECT dag.v, w.depth + 1, CAST(w.rels || CAST(dag.rel_id AS VARCHAR) || ',' AS VARCHAR)"
                + " FROM walk w JOIN dag ON dag.u = w.actor_id WHERE dag.rn <= :cap AND w.depth < ").append(maxDepth).append(")");
        sql.append(" SELECT rels FROM walk WHERE actor_id = :to ORDER BY rels");
        List<List<Long>> paths = new ArrayList<>();
        for (Object r : run(sql.toString(), params)) {
            if (paths.size() == limit) {
                break;
            }
            List<Long> ids = new ArrayList<>();
            for (String id : r.toString().split(",")) {
                if (!id.isEmpty()) {
                    ids.add(Long.parseLong(id));
                }
            }
            paths.add(ids);
        }
        return paths;
    }

    /** BFS levels p0..pN from a start actor as CTEs, and pd(actor_id, d) with each actor's distance. */
    private static void levels(StringBuilder sql, String p, String start, int depth, boolean directed, boolean backward,
            String cond) {
        sql.append(p).append("0(actor_id) AS (SELECT CAST(").append(start).append(" AS BIGINT))");
        for (int i = 1; i <= depth; i++) {
            String prev = p + (i - 1);
            String forward = backward ? "SELECT r.source_id FROM " + prev + " x JOIN relationship r ON r.target_id = x.actor_id WHERE " + cond
                    : "SELECT r.target_id FROM " + prev + " x JOIN relationship r ON r.source_id = x.actor_id WHERE " + cond;
            String reverse = backward ? "SELECT r.target_id FROM " + prev + " x JOIN relationship r ON r.source_id = x.actor_id WHERE " + cond
                    : "SELECT r.source_id FROM " + prev + " x JOIN relationship r ON r.target_id = x.actor_id WHERE " + cond;
            StringBuilder seen = new StringBuilder();
            for (int j = 0; j < i; j++) {
                seen.append(j == 0 ? "" : " UNION ").append("SELECT actor_id FROM ").append(p).append(j);
            }
            sql.append(", ").append(p).append(i).append("(actor_id) AS ((").append(forward)
                    .append(directed ? "" : " UNION " + reverse).append(") EXCEPT (").append(seen).append("))");
        }
        sql.append(", ").append(p).append("d(actor_id, d) AS (");
        for (int i = 0; i <= depth; i++) {
            sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT actor_id, ").append(i).append(" FROM ").append(p).append(i);
        }
        sql.append(")");
    }

    /** Counts of relationships per actor, type and direction (OUTGOING when the actor is the source). */
    @SuppressWarnings("unchecked")
    public Map<Long, List<Object[]>> summary(Collection<Long> actors) {
        Map<Long, List<Object[]>> out = new HashMap<>();
        if (actors.isEmpty()) {
            return out;
        }
        Map<String, Object> params = Map.of("ids", List.copyOf(actors));
        String sql = "SELECT x.pid, x.dir, x.rel_type, COUNT(*) FROM (SELECT source_id AS pid, 'OUTGOING' AS dir, rel_type"
                + " FROM relationship WHERE source_id IN (:ids) UNION ALL SELECT target_id, 'INCOMING', rel_type"
                + " FROM relationship WHERE target_id IN (:ids)) x GROUP BY x.pid, x.dir, x.rel_type"
                + " ORDER BY x.pid, x.rel_type, x.dir DESC";
        for (Object[] r : (List<Object[]>) run(sql, params)) {
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    private List<?> run(String sql, Map<String, Object> params) {
        Query q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        return q.getResultList();
    }
}
