package app.claimgraph.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;


import app.claimgraph.db.Sql;

/**
 * Splits id lists for {@code IN (...)} lookups, for entity loads and for link tables alike. H2 stops using the primary key for very long IN
 * lists of parameters (2,000 ids took 13 s on 300,000 rows, 500 take milliseconds), so loads by id
 * go in chunks: one statement for any page the API serves, a few for the largest graph views.
 */
public final class IdChunks {

    public static final int SIZE = 500;

    private IdChunks() {
    }

    public static <T> List<List<T>> of(Collection<T> ids) {
        List<T> all = List.copyOf(ids);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SIZE) {
            chunks.add(all.subList(i, Math.min(all.size(), i + SIZE)));
        }
        return chunks;
    }

    /**
     * Runs {@code sql}, whose {@code IN (:ids)} takes the ids chunk by chunk, over plain JDBC
     * ({@link Sql}); rows in chunk order, each read by {@code reader}.
     */
    public static <T> List<T> read(Sql db, String sql, Collection<?> ids, Map<String, Object> params,
            Sql.RowReader<T> reader) {
        List<T> rows = new ArrayList<>();
        for (List<?> chunk : of(ids)) {
            Map<String, Object> all = new HashMap<>(params);
            all.put("ids", chunk);
            rows.addAll(db.read(sql, all, reader));
        }
        return rows;
    }

    /**
     * The items of the table of {@code rows} whose {@code column} is one of {@code keys} (chunk by chunk;
     * none for no keys), by {@code key}; a key that matches nothing is absent.
     */
    public static <K, V> Map<K, V> byColumn(Sql db, TableRows<V> rows, String column, Collection<K> keys,
            Function<V, K> key) {
        return byKey(db, "SELECT " + rows.select("t") + " FROM " + rows.table() + " t WHERE t." + column + " IN (:ids)",
                keys, rows.reader(), key);
    }

    /**
     * As {@link #byColumn}, for a lookup whose {@code sql} (with {@code IN (:ids)}) reads more than one
     * table's columns per row (a row with the rows it points at): each row read by {@code reader}, by {@code key}.
     */
    public static <K, V> Map<K, V> byKey(Sql db, String sql, Collection<K> keys, Sql.RowReader<V> reader,
            Function<V, K> key) {
        Map<K, V> result = new HashMap<>();
        for (V v : read(db, sql, keys, Map.of(), reader)) {
            result.putIfAbsent(key.apply(v), v);
        }
        return result;
    }

    /**
     * A link table joined to the rows it links, for many owners in one statement per chunk: {@code sql}
     * selects the owner id as {@code link_owner} and the linked row's columns, with {@code owner IN (:ids)},
     * ordered as the lists should be; returns owner → linked rows, each read by {@code reader}.
     */
    public static <T> Map<Long, List<T>> linkedRows(Sql db, String sql, Collection<Long> ids,
            Sql.RowReader<T> reader) {
        Map<Long, List<T>> result = new HashMap<>();
        for (Map.Entry<Long, T> e : read(db, sql, ids, Map.of(), rs -> Map.entry(rs.getLong("link_owner"), reader.read(rs)))) {
            result.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
        return result;
    }

    /** Runs a native query whose {@code IN (:ids)} takes the ids chunk by chunk; rows in chunk order. */
    public static List<Object[]> rows(Sql db, String sql, Collection<?> ids, Map<String, Object> params) {
        return read(db, sql, ids, params, Sql.ARRAY);
    }

    /**
     * The rows of a link table for many owners: {@code sql} selects (owner id, linked id) with
     * {@code owner IN (:ids)}, ordered as the lists should be; returns owner → linked ids.
     */
    public static Map<Long, List<Long>> grouped(Sql db, String sql, Collection<Long> ids,
            Map<String, Object> params) {
        Map<Long, List<Long>> result = new HashMap<>();
        for (Object[] r : rows(db, sql, ids, params)) {
            result.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(((Number) r[1]).longValue());
        }
        return result;
    }
}
