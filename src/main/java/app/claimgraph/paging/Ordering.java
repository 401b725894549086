package app.claimgraph.paging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A total order for keyset pagination: the columns of the requested order followed by the row's
 * unique id, so ties never reorder between pages. {@code signature} is written into cursors so a
 * cursor from one order is refused by another.
 *
 * @param pinned an expression the list's filter holds constant, written first in ORDER BY (see
 *               {@link #pinnedBy}), or null; it is not a sort column and not part of cursors
 */
public record Ordering(String signature, List<SortColumn> columns, String pinned) {

    public Ordering(String signature, List<SortColumn> columns) {
        this(signature, columns, null);
    }

    public static Ordering of(String signature, String idExpression, boolean descending, SortColumn... leading) {
        List<SortColumn> cols = new ArrayList<>(Arrays.asList(leading));
        cols.add(new SortColumn(idExpression, SortColumn.ValueType.LONG, descending));
        return new Ordering(signature + (descending ? ".DESC" : ".ASC"), List.copyOf(cols));
    }

    /**
     * The same order with {@code expression}, which the list's filter fixes to one value, leading its ORDER BY in
     * the direction of the first column. It changes no row's place. H2 reads rows in an index's order only when
     * the ORDER BY names that index's columns from its first one, including a column an equality already fixes:
     * without it, H2 reads every row of the list (all of a subject's claims) and sorts them.
     */
    public Ordering pinnedBy(String expression) {
        return new Ordering(signature, columns, expression);
    }

    public Ordering reversed() {
        return new Ordering(signature, columns.stream().map(SortColumn::reversed).toList(), pinned);
    }

    /** ORDER BY of the sort columns: their expressions (and the pinned one first), or {@code prefix0, prefix1…}. */
    public String orderByClause(String prefix) {
        StringBuilder sb = new StringBuilder();
        if (prefix == null && pinned != null) {
            sb.append(pinned).append(direction(columns.get(0))).append(", ");
        }
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(prefix == null ? columns.get(i).expression() : prefix + i).append(direction(columns.get(i)));
        }
        return sb.toString();
    }

    private static String direction(SortColumn column) {
        return column.descending() ? " DESC" : " ASC";
    }
}
