package app.claimgraph.paging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A total order for keyset pagination: the columns of the requested order followed by the row's
 * unique id, so ties never reorder between pages. {@code signature} is written into cursors so a
 * cursor from one order is refused by another.
 */
public record Ordering(String signature, List<SortColumn> columns) {

    public static Ordering of(String signature, String idExpression, boolean descending, SortColumn... leading) {
        List<SortColumn> cols = new ArrayList<>(Arrays.asList(leading));
        cols.add(new SortColumn(idExpression, SortColumn.ValueType.LONG, descending));
        return new Ordering(signature + (descending ? ".DESC" : ".ASC"), List.copyOf(cols));
    }

    public Ordering reversed() {
        return new Ordering(signature, columns.stream().map(SortColumn::reversed).toList());
    }

    public String orderByClause(String prefix) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(prefix == null ? columns.get(i).expression() : prefix + i)
                    .append(columns.get(i).descending() ? " DESC" : " ASC");
        }
        return sb.toString();
    }
}
