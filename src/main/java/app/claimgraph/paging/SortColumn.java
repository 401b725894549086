package app.claimgraph.paging;

/**
 * One column of a keyset ordering: an SQL expression, the type of its value (for cursors) and
 * whether it sorts descending.
 */
public record SortColumn(String expression, ValueType type, boolean descending) {

    public enum ValueType {
        LONG, INT, STRING, DATE
    }

    public SortColumn reversed() {
        return new SortColumn(expression, type, !descending);
    }

    /** Sorts a nullable column with its nulls last whatever the direction (two keyset columns). */
    public static SortColumn[] nullsLast(String expression, ValueType type, String nullReplacement, boolean descending) {
        return new SortColumn[] {
                new SortColumn("CASE WHEN " + expression + " IS NULL THEN 1 ELSE 0 END", ValueType.INT, false),
                new SortColumn("COALESCE(" + expression + ", " + nullReplacement + ")", type, descending) };
    }
}
