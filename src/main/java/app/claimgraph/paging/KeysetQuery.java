package app.claimgraph.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import app.claimgraph.db.Dialect;
import app.claimgraph.db.Sql;

/**
 * Keyset (seek) pagination in SQL, for one list or for many parents at once.
 * <p>
 * A page is {@code WHERE <filters> AND <row after cursor> ORDER BY <ordering> LIMIT size+1}: no
 * OFFSET, so page 1000 costs what page 1 costs. Nested lists (an actor's claims, for a page of
 * actors) are one statement for all parents: {@link NestedPages}.
 *
 * @param from         FROM clause, e.g. {@code claim c}
 * @param parentExpr   expression of the parent id for nested lists, or null
 * @param filter       conditions from the filter input
 * @param ordering     the total order; its last column is the row id
 * @param itemAlias    the alias in {@code from} of the table whose rows the list serves, when a nested page may read
 *                     them in place (see {@link NestedPages}); null otherwise
 */
public record KeysetQuery(String from, String parentExpr, SqlFilter filter, Ordering ordering, String itemAlias) {

    public KeysetQuery(String from, String parentExpr, SqlFilter filter, Ordering ordering) {
        this(from, parentExpr, filter, ordering, null);
    }

    /** One row of a page: its parent (nested lists only), its sort values (last one is its id). */
    public record Row(Long parent, Object[] values) {
        public long id() {
            return ((Number) values[values.length - 1]).longValue();
        }
    }

    public List<Row> page(Sql db, PageArgs page) {
        Ordering order = page.backward() ? ordering.reversed() : ordering;
        Map<String, Object> params = new LinkedHashMap<>(filter.params());
        List<Row> rows = new ArrayList<>();
        for (Object[] r : run(db, pageSql(order, page, params), params)) {
            rows.add(new Row(null, typed(r)));
        }
        return rows;
    }

    /**
     * As {@link #page}, with each row's item read in the same statement: the page joined to the table of
     * {@code rows} on its {@code id} (the ordering's last column), each item read from the columns it names.
     * Items land in {@code items}.
     */
    public <T> List<Row> pageWithItems(Sql db, PageArgs page, TableRows<T> rows, Map<Long, T> items) {
        Ordering order = page.backward() ? ordering.reversed() : ordering;
        Map<String, Object> params = new LinkedHashMap<>(filter.params());
        int keys = order.columns().size();
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < keys; i++) {
            sql.append("t.k").append(i).append(", ");
        }
        sql.append(rows.select("item")).append(" FROM (").append(pageSql(order, page, params)).append(") t")
                .append(Dialect.joinById(rows.table(), "item", "t.k" + (keys - 1))).append(" ORDER BY ").append(order.orderByClause("t.k"));
        List<Row> result = new ArrayList<>();
        for (Map.Entry<Row, T> e : db.read(sql.toString(), params, rs -> rowWithItem(rs, null, 1, keys, rows.reader()))) {
            result.add(e.getKey());
            items.put(e.getKey().id(), e.getValue());
        }
        return result;
    }

    /** The sort columns k0…kn of one page (up to size+1 rows), in page order. */
    private String pageSql(Ordering order, PageArgs page, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("SELECT ");
        appendSortColumns(sql, order);
        sql.append(" FROM ").append(from);
        appendWhere(sql, order, page, params, null);
        sql.append(" ORDER BY ").append(order.orderByClause(null));
        sql.append(" LIMIT ").append(page.size() + 1);
        return sql.toString();
    }

    public long count(Sql db) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM ").append(from);
        Map<String, Object> params = new LinkedHashMap<>(filter.params());
        appendWhere(sql, ordering, null, params, null);
        return ((Number) run(db, sql.toString(), params).get(0)[0]).longValue();
    }

    /** Counts per value of {@code groupExpr} over the whole filtered list (for dashboards). */
    public Map<String, Long> groupCounts(Sql db, String groupExpr) {
        StringBuilder sql = new StringBuilder("SELECT ").append(groupExpr).append(", COUNT(*) FROM ").append(from);
        Map<String, Object> params = new LinkedHashMap<>(filter.params());
        appendWhere(sql, ordering, null, params, null);
        sql.append(" GROUP BY ").append(groupExpr);
        Map<String, Long> result = new LinkedHashMap<>();
        for (Object[] a : run(db, sql.toString(), params)) {
            result.put(String.valueOf(a[0]).trim(), ((Number) a[1]).longValue());
        }
        return result;
    }

    public Map<Long, Long> counts(Sql db, Collection<Long> parents) {
        Map<Long, Long> result = new HashMap<>();
        if (parents.isEmpty()) {
            return result;
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(parentExpr).append(", COUNT(*) FROM ").append(from);
        Map<String, Object> params = new LinkedHashMap<>(filter.params());
        params.put("parents", List.copyOf(parents));
        appendWhere(sql, ordering, null, params, parentExpr + " IN (:parents)");
        sql.append(" GROUP BY ").append(parentExpr);
        for (Object[] a : run(db, sql.toString(), params)) {
            result.put(SqlValues.toLong(a[0]), ((Number) a[1]).longValue());
        }
        return result;
    }

    /** A page row (its sort keys from column {@code first} on) and the item read from the same result row. */
    <T> Map.Entry<Row, T> rowWithItem(java.sql.ResultSet rs, Long parent, int first, int keys,
            Sql.RowReader<T> reader) throws java.sql.SQLException {
        Object[] values = new Object[keys];
        for (int i = 0; i < keys; i++) {
            values[i] = Sql.ARRAY_VALUE.read(rs, first + i);
        }
        return Map.entry(new Row(parent, typed(values)), reader.read(rs));
    }

    void appendSortColumns(StringBuilder sql, Ordering order) {
        for (int i = 0; i < order.columns().size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            sql.append(order.columns().get(i).expression()).append(" AS k").append(i);
        }
    }

    void appendWhere(StringBuilder sql, Ordering order, PageArgs page, Map<String, Object> params,
            String extra) {
        List<String> conds = new ArrayList<>(filter.conditions());
        if (extra != null) {
            conds.add(extra);
        }
        if (page != null && page.hasCursor()) {
            conds.add(seek(order, page.cursor(), params));
        }
        if (!conds.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conds));
        }
    }

    /**
     * c0 >= v0 AND ((c0 > v0) OR (c0 = v0 AND c1 > v1) OR …), with < and <= for descending columns. The
     * leading bound repeats what the alternatives imply, for the planner: on PostgreSQL it is the index
     * range's start, where the alternatives alone are a filter over every row before the cursor (the
     * claims page after 1,000 pages read 10,000 index entries to return 11).
     */
    static String seek(Ordering order, Object[] cursor, Map<String, Object> params) {
        List<SortColumn> cols = order.columns();
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            StringBuilder alt = new StringBuilder("(");
            for (int j = 0; j < i; j++) {
                alt.append(cols.get(j).expression()).append(" = :c").append(j).append(" AND ");
            }
            alt.append(cols.get(i).expression()).append(cols.get(i).descending() ? " < " : " > ")
                    .append(":c").append(i).append(")");
            alternatives.add(alt.toString());
            params.put("c" + i, cursor[i]);
        }
        SortColumn first = cols.get(0);
        String bound = cols.size() > 1 ? first.expression() + (first.descending() ? " <= " : " >= ") + ":c0 AND " : "";
        return "(" + bound + "(" + String.join(" OR ", alternatives) + "))";
    }

    Object[] typed(Object[] values) {
        List<SortColumn> cols = ordering.columns();
        for (int i = 0; i < values.length; i++) {
            values[i] = SqlValues.as(cols.get(i).type(), values[i]);
        }
        return values;
    }

    static List<Object[]> run(Sql db, String sql, Map<String, Object> params) {
        return db.rows(sql, params);
    }
}
