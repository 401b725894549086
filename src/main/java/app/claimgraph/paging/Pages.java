package app.claimgraph.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;


import app.claimgraph.db.Sql;
import app.claimgraph.paging.KeysetQuery.Row;

/** Turns keyset rows into Relay connections, and counts connections in batches. */
public final class Pages {

    private Pages() {
    }

    @FunctionalInterface
    public interface ConnectionFactory<N, E extends Edge<N>, C extends Connection<N, E>> {
        C create(List<E> edges, PageInfo pageInfo, KeysetQuery query, Long parent);
    }

    /**
     * @param rows  up to size+1 rows as returned by {@link KeysetQuery}, in query order
     * @param nodes the loaded items by row id
     */
    public static <N, E extends Edge<N>, C extends Connection<N, E>> C assemble(List<Row> rows, PageArgs page,
            KeysetQuery query, Long parent, Map<Long, N> nodes, BiFunction<Supplier<String>, N, E> edge,
            ConnectionFactory<N, E, C> factory) {
        return assembleRows(rows, page, query, parent, row -> nodes.get(row.id()), edge, factory);
    }

    /** As {@link #assemble}, for rows whose item is not identified by the row id alone. */
    public static <N, E extends Edge<N>, C extends Connection<N, E>> C assembleRows(List<Row> rows, PageArgs page,
            KeysetQuery query, Long parent, Function<Row, N> nodeOf, BiFunction<Supplier<String>, N, E> edge,
            ConnectionFactory<N, E, C> factory) {
        boolean more = rows.size() > page.size();
        List<Row> kept = new ArrayList<>(more ? rows.subList(0, page.size()) : rows);
        if (page.backward()) {
            Collections.reverse(kept);
        }
        List<E> edges = new ArrayList<>(kept.size());
        for (Row row : kept) {
            N node = nodeOf.apply(row);
            if (node != null) {
                edges.add(edge.apply(() -> Cursor.encode(query.ordering(), row.values()), node));
            }
        }
        boolean hasNext = page.backward() ? page.hasCursor() : more;
        boolean hasPrevious = page.backward() ? more : page.hasCursor();
        PageInfo info = new PageInfo(hasNext, hasPrevious,
                edges.isEmpty() ? null : edges.get(0)::getCursor,
                edges.isEmpty() ? null : edges.get(edges.size() - 1)::getCursor);
        return factory.create(edges, info, query, parent);
    }

    /** Total counts for many connections: one statement per distinct query, whatever the parents. */
    public static List<Integer> totalCounts(Sql db, List<? extends Connection<?, ?>> connections) {
        Map<KeysetQuery, List<Long>> parentsByQuery = new IdentityHashMap<>();
        for (Connection<?, ?> c : connections) {
            List<Long> parents = parentsByQuery.computeIfAbsent(c.query(), q -> new ArrayList<>());
            if (c.parent() != null) {
                parents.add(c.parent());
            }
        }
        Map<KeysetQuery, Map<Long, Long>> nested = new IdentityHashMap<>();
        Map<KeysetQuery, Long> topLevel = new IdentityHashMap<>();
        parentsByQuery.forEach((q, parents) -> {
            if (q.parentExpr() == null) {
                topLevel.put(q, q.count(db));
            } else {
                nested.put(q, q.counts(db, parents));
            }
        });
        List<Integer> result = new ArrayList<>(connections.size());
        for (Connection<?, ?> c : connections) {
            long n = c.query().parentExpr() == null ? topLevel.get(c.query())
                    : nested.get(c.query()).getOrDefault(c.parent(), 0L);
            result.add((int) Math.min(n, Integer.MAX_VALUE));
        }
        return result;
    }

    /** One page of a top-level list: rows, then the items in one query. */
    public static <N, E extends Edge<N>, C extends Connection<N, E>> C fetch(Sql db, KeysetQuery query,
            PageArgs page, Function<Collection<Long>, Map<Long, N>> load, BiFunction<Supplier<String>, N, E> edge,
            ConnectionFactory<N, E, C> factory) {
        List<Row> rows = query.page(db, page);
        Map<Long, N> nodes = load.apply(ids(rows));
        return assemble(rows, page, query, null, nodes, edge, factory);
    }

    /** One page of a top-level list in one statement: the rows joined to the table of {@code items}, which reads them. */
    public static <N, E extends Edge<N>, C extends Connection<N, E>> C fetch(Sql db, KeysetQuery query,
            PageArgs page, TableRows<N> items, BiFunction<Supplier<String>, N, E> edge,
            ConnectionFactory<N, E, C> factory) {
        Map<Long, N> nodes = new HashMap<>();
        List<Row> rows = query.pageWithItems(db, page, items, nodes);
        return assemble(rows, page, query, null, nodes, edge, factory);
    }

    /** One page per parent, in the parents' order: one query for the rows, one for the items. */
    public static <N, E extends Edge<N>, C extends Connection<N, E>> List<C> fetchNested(Sql db,
            KeysetQuery query, PageArgs page, List<Long> parents, Function<Collection<Long>, Map<Long, N>> load,
            BiFunction<Supplier<String>, N, E> edge, ConnectionFactory<N, E, C> factory) {
        Map<Long, List<Row>> rowsByParent = NestedPages.keys(db, query, new HashSet<>(parents), page);
        Set<Long> all = new HashSet<>();
        rowsByParent.values().forEach(rows -> all.addAll(ids(rows)));
        Map<Long, N> nodes = all.isEmpty() ? Map.of() : load.apply(all);
        List<C> result = new ArrayList<>(parents.size());
        for (Long parent : parents) {
            result.add(assemble(rowsByParent.getOrDefault(parent, List.of()), page, query, parent, nodes, edge,
                    factory));
        }
        return result;
    }

    /**
     * One page per parent, in the parents' order, in one statement: the rows joined to the table of
     * {@code items}, which reads them (see {@link NestedPages#withItems}).
     */
    public static <N, E extends Edge<N>, C extends Connection<N, E>> List<C> fetchNested(Sql db,
            KeysetQuery query, PageArgs page, List<Long> parents, TableRows<N> items,
            BiFunction<Supplier<String>, N, E> edge, ConnectionFactory<N, E, C> factory) {
        Map<Long, N> nodes = new HashMap<>();
        Map<Long, List<Row>> rowsByParent = NestedPages.withItems(db, query, new HashSet<>(parents), page, items, nodes);
        List<C> result = new ArrayList<>(parents.size());
        for (Long parent : parents) {
            result.add(assemble(rowsByParent.getOrDefault(parent, List.of()), page, query, parent, nodes, edge,
                    factory));
        }
        return result;
    }

    private static Set<Long> ids(List<Row> rows) {
        Set<Long> ids = new HashSet<>();
        for (Row r : rows) {
            ids.add(r.id());
        }
        return ids;
    }
}
