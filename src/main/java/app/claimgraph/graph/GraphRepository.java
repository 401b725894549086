package app.claimgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import app.claimgraph.db.Sql;
import app.claimgraph.db.Sql.Scratch;

/**
 * Traversals in SQL. Breadth-first levels are built one INSERT ... SELECT per hop into
 * {@code graph_scratch} (depth is at most 4), each level leaving out the actors already reached,
 * so every actor is expanded once whatever the number of paths to it; path enumeration is WITH
 * RECURSIVE over the levels. Plain SQL over JDBC ({@link Sql#scratch}: one connection, rolled back
 * at the end): the same statements run on H2 and PostgreSQL.
 */
@ApplicationScoped
public class GraphRepository {

    public static final int MAX_DEPTH = 4;
    /** Most pairs of actors {@link #across} looks up on the index; larger levels are expanded instead. */
    private static final long MAX_PAIR_PROBES = 4096;
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    @Inject
    Sql db;

    /**
     * Actors within {@code depth} hops of each root (either direction), nearest first; at one hop the most
     * tied to the root first (see {@link Ties}), then by id. Expansion stops once {@code enough} actors per
     * root are reached (the rest would be cut anyway).
     */
    public List<Reached> reach(Collection<Long> roots, int depth, EdgeFilter filter, int enough) {
        return db.scratch(s -> {
                long sid = RANDOM.nextLong();
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("sid", sid);
                params.put("roots", List.copyOf(roots));
                s.update("INSERT INTO graph_scratch (search_id, side, root, actor_id, d) SELECT :sid, 'n', a.id, a.id, 0"
                        + " FROM actor a WHERE a.id IN (:roots)", params);
                for (int d = 1; d <= depth; d++) {
                    Object[] biggest = s.rows("SELECT COUNT(*), MIN(x.n) FROM (SELECT root, COUNT(*) AS n"
                            + " FROM graph_scratch WHERE search_id = :sid AND side = 'n' GROUP BY root) x",
                            Map.of("sid", sid)).get(0);
                    if (((Number) biggest[1]).longValue() > enough) {
                        break; // every root already has more actors than will be returned
                    }
                    if (hop(s, sid, 'n', d, false, false, filter) == 0) {
                        break;
                    }
                }
                List<Reached> out = new ArrayList<>();
                for (Object[] r : s.rows("SELECT root, actor_id, d FROM graph_scratch WHERE search_id = :sid"
                        + " AND side = 'n' ORDER BY root, d, actor_id", Map.of("sid", sid))) {
                    out.add(new Reached(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).intValue()));
                }
                return Ties.rank(s, out, roots, filter);
        });
    }

    /**
     * One breadth-first level: the actors one hop from level {@code d - 1} of {@code side} that no
     * earlier level holds. Following relationships forward (source to target), or backward, or both
     * when not {@code directed}. Returns how many actors the level has.
     */
    private static int hop(Scratch s, long sid, char side, int d, boolean directed, boolean backward, EdgeFilter filter)
            throws SQLException {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("sid", sid);
        params.put("side", String.valueOf(side));
        params.put("prev", d - 1);
        params.put("d", d);
        String cond = filter.sql("r", params);
        String fwd = "SELECT g.root, r.target_id AS nb FROM graph_scratch g JOIN relationship r ON r.source_id = g.actor_id"
                + " WHERE g.search_id = :sid AND g.side = :side AND g.d = :prev AND " + cond;
        String bwd = "SELECT g.root, r.source_id AS nb FROM graph_scratch g JOIN relationship r ON r.target_id = g.actor_id"
                + " WHERE g.search_id = :sid AND g.side = :side AND g.d = :prev AND " + cond;
        String next = directed ? (backward ? bwd : fwd) : fwd + " UNION " + bwd;
        return s.update("INSERT INTO graph_scratch (search_id, side, root, actor_id, d) SELECT DISTINCT :sid, :side, n.root, n.nb, :d"
                + " FROM (" + next + ") n WHERE NOT EXISTS (SELECT 1 FROM graph_scratch x WHERE x.search_id = :sid"
                + " AND x.side = :side AND x.root = n.root AND x.actor_id = n.nb)", params);
    }

    /**
     * Relationships (matching the filter) with both ends among {@code actors}: id, source, target.
     * The actors go into the working table and each pair is looked up on the (source, target)
     * index: hubs with thousands of relationships are never scanned edge by edge.
     */
    public List<long[]> edgesAmong(Collection<Long> actors, EdgeFilter filter) {
        if (actors.isEmpty()) {
            return List.of();
        }
        return db.scratch(s -> {
            long sid = RANDOM.nextLong();
            s.update("INSERT INTO graph_scratch (search_id, side, root, actor_id, d) SELECT :sid, 'k', 0, a.id, 0"
                    + " FROM actor a WHERE a.id IN (:ids)", Map.of("sid", sid, "ids", List.copyOf(actors)));
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("sid", sid);
            String sql = "SELECT r.id, r.source_id, r.target_id FROM graph_scratch a JOIN graph_scratch b"
                    + " ON b.search_id = :sid AND b.side = 'k' AND b.root = 0"
                    + " JOIN relationship r ON r.source_id = a.actor_id AND r.target_id = b.actor_id"
                    + " WHERE a.search_id = :sid AND a.side = 'k' AND a.root = 0 AND " + filter.sql("r", params)
                    + " ORDER BY r.id";
            List<long[]> out = new ArrayList<>();
            for (Object[] r : s.rows(sql, params)) {
                out.add(new long[] { ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue() });
            }
            return out;
        });
    }

    /**
     * Shortest paths from one actor to another as lists of relationship ids, at most {@code limit},
     * at most {@code maxDepth} hops; direction ignored unless {@code directed}.
     * <p>
     * A bidirectional breadth-first search (levels in {@code graph_scratch}, side f from the start,
     * side t from the end, always expanding the smaller frontier) finds the length L; M are the
     * actors at the start's level k and the end's level L - k. Every shortest path crosses M, and from
     * every actor of a level there is an edge to the level before, so one WITH RECURSIVE walk from
     * M back to the start and one from M on to the end never hit a dead end; each keeps at most
     * {@code limit} edges per actor, so the walks stay small however many shortest paths exist.
     */
    public List<List<Long>> shortestPaths(long from, long to, int maxDepth, boolean directed, EdgeFilter filter, int limit) {
        return db.scratch(s -> {
                long sid = RANDOM.nextLong();
                s.update("INSERT INTO graph_scratch (search_id, side, root, actor_id, d) VALUES (:sid, 'f', 0, :a, 0)",
                        Map.of("sid", sid, "a", from));
                s.update("INSERT INTO graph_scratch (search_id, side, root, actor_id, d) VALUES (:sid, 't', 0, :a, 0)",
                        Map.of("sid", sid, "a", to));
                int df = 0;
                int dt = 0;
                long frontierF = 1;
                long frontierT = 1;
                while (df + dt < maxDepth && frontierF > 0 && frontierT > 0 && !meet(s, sid)) {
                    if (frontierF * frontierT <= MAX_PAIR_PROBES && across(s, sid, df, dt, directed, filter) > 0) {
                        df++; // the start's next level reaches the end's last one: that is the length
                        break;
                    }
                    if (frontierF <= frontierT) {
                        frontierF = hop(s, sid, 'f', ++df, directed, false, filter);
                    } else {
                        frontierT = hop(s, sid, 't', ++dt, directed, true, filter);
                    }
                }
                if (!meet(s, sid)) {
                    return List.<List<Long>>of();
                }
                // the shortest length; every shortest path crosses the start's level k at the end's level L - k
                int length = ((Number) s.rows("SELECT MIN(f.d + t.d) FROM graph_scratch f JOIN graph_scratch t ON t.search_id = f.search_id"
                        + " AND t.side = 't' AND t.actor_id = f.actor_id WHERE f.search_id = :sid AND f.side = 'f'",
                        Map.of("sid", sid)).get(0)[0]).intValue();
                int k = Math.min(df, length);
                return walks(s, sid, k, length - k, from, to, directed, filter, limit);
        });
    }

    /**
     * When one edge joins the start's level {@code df} to the end's level {@code dt}, the actors at that
     * end of those edges, as the start's level {@code df + 1}: exactly the actors where shortest paths of
     * length df + dt + 1 cross from one side to the other. Found by looking each pair of the two levels
     * up on the (source, target) index, so a path through a hub never writes the hub's whole next
     * level (15,000 actors for two hubs joined by one relationship). Returns how many.
     */
    private static int across(Scratch s, long sid, int df, int dt, boolean directed, EdgeFilter filter) throws SQLException {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("sid", sid);
        params.put("df", df);
        params.put("dt", dt);
        params.put("next", df + 1);
        String cond = filter.sql("r", params);
        String pairs = " FROM graph_scratch a JOIN graph_scratch b ON b.search_id = :sid AND b.side = 't' AND b.d = :dt"
                + " JOIN relationship r ON %s WHERE a.search_id = :sid AND a.side = 'f' AND a.d = :df AND " + cond;
        String sql = "SELECT b.actor_id AS nb" + pairs.formatted("r.source_id = a.actor_id AND r.target_id = b.actor_id");
        if (!directed) {
            sql += " UNION SELECT b.actor_id" + pairs.formatted("r.source_id = b.actor_id AND r.target_id = a.actor_id");
        }
        return s.update("INSERT INTO graph_scratch (search_id, side, root, actor_id, d) SELECT DISTINCT :sid, 'f', 0, x.nb, :next"
                + " FROM (" + sql + ") x", params);
    }

    /** Oriented edges a -> b between levels of {@code side} with level(b) = level(a) {@code step}. */
    private static String levelEdges(String side, String step, boolean directed, String cond) {
        String along = "SELECT r.id AS rel_id, ga.actor_id AS a, gb.actor_id AS b FROM graph_scratch ga"
                + " JOIN relationship r ON r.source_id = ga.actor_id JOIN graph_scratch gb ON gb.search_id = :sid"
                + " AND gb.side = '" + side + "' AND gb.actor_id = r.target_id AND gb.d = ga.d " + step
                + " WHERE ga.search_id = :sid AND ga.side = '" + side + "' AND " + cond;
        if (directed) {
            return along;
        }
        return along + " UNION ALL SELECT r.id, ga.actor_id, gb.actor_id FROM graph_scratch ga"
                + " JOIN relationship r ON r.target_id = ga.actor_id JOIN graph_scratch gb ON gb.search_id = :sid"
                + " AND gb.side = '" + side + "' AND gb.actor_id = r.source_id AND gb.d = ga.d " + step
                + " WHERE ga.search_id = :sid AND ga.side = '" + side + "' AND " + cond;
    }

    private static boolean meet(Scratch s, long sid) throws SQLException {
        return !s.rows("SELECT f.actor_id FROM graph_scratch f JOIN graph_scratch t ON t.search_id = f.search_id"
                + " AND t.side = 't' AND t.actor_id = f.actor_id WHERE f.search_id = :sid AND f.side = 'f'",
                Map.of("sid", sid)).isEmpty();
    }

    private static List<List<Long>> walks(Scratch s, long sid, int df, int dt, long from, long to, boolean directed, EdgeFilter filter,
            int limit) throws SQLException {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("sid", sid);
        params.put("from", from);
        params.put("to", to);
        params.put("cap", limit);
        String cond = filter.sql("r", params);
        // edges between consecutive levels of one side, found from the levels through the
        // relationship indexes (never a scan of all relationships); oriented both ways unless directed
        String fe = levelEdges("f", "+ 1", directed, cond);
        String te = levelEdges("t", "- 1", directed, cond);
        // meeting actors: the start's level k that are at the end's level L - k
        String meeting = "SELECT f.actor_id FROM graph_scratch f JOIN graph_scratch t ON t.search_id = f.search_id AND t.side = 't'"
                + " AND t.actor_id = f.actor_id WHERE f.search_id = :sid AND f.side = 'f' AND f.d = " + df + " AND t.d = " + dt;
        String sql = "WITH RECURSIVE m(actor_id) AS (SELECT x.actor_id FROM (" + meeting + ") x),"
                // f side: edge u -> v with level(v) = level(u) + 1, at most :cap into each v
                + " fe(u, v, rel_id, rn) AS (SELECT e.a, e.b, e.rel_id, ROW_NUMBER() OVER (PARTITION BY e.b ORDER BY e.rel_id)"
                + " FROM (" + fe + ") e),"
                // t side: edge v -> w with level(w) = level(v) - 1, at most :cap out of each v
                + " te(v, w, rel_id, rn) AS (SELECT e.a, e.b, e.rel_id, ROW_NUMBER() OVER (PARTITION BY e.a ORDER BY e.rel_id)"
                + " FROM (" + te + ") e),"
                + " back(mid, actor_id, depth, rels) AS (SELECT actor_id, actor_id, 0, CAST('' AS VARCHAR) FROM m"
                + " UNION ALL SELECT b.mid, fe.u, b.depth + 1, CAST(CAST(fe.rel_id AS VARCHAR) || ',' || b.rels AS VARCHAR)"
                + " FROM back b JOIN fe ON fe.v = b.actor_id WHERE fe.rn <= :cap AND b.depth < " + df + "),"
                + " fwd(mid, actor_id, depth, rels) AS (SELECT actor_id, actor_id, 0, CAST('' AS VARCHAR) FROM m"
                + " UNION ALL SELECT f.mid, te.w, f.depth + 1, CAST(f.rels || CAST(te.rel_id AS VARCHAR) || ',' AS VARCHAR)"
                + " FROM fwd f JOIN te ON te.v = f.actor_id WHERE te.rn <= :cap AND f.depth < " + dt + ")"
                + " SELECT b.rels || f.rels AS p FROM back b JOIN fwd f ON f.mid = b.mid"
                + " WHERE b.actor_id = :from AND f.actor_id = :to ORDER BY p";
        List<List<Long>> paths = new ArrayList<>();
        for (Object[] r : s.rows(sql, params)) {
            if (paths.size() == limit) {
                break;
            }
            List<Long> ids = new ArrayList<>();
            for (String id : r[0].toString().split(",")) {
                if (!id.isEmpty()) {
                    ids.add(Long.parseLong(id));
                }
            }
            if (!paths.contains(ids)) {
                paths.add(ids);
            }
        }
        return paths;
    }

    /** Counts of relationships per actor, type and direction (OUTGOING when the actor is the source). */
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
        for (Object[] r : db.rows(sql, params)) {
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(r);
        }
        return out;
    }
}
