package app.claimgraph.paging;

import java.time.LocalDate;

/** Normalises values read by native queries, whose Java types differ between JDBC drivers. */
public final class SqlValues {

    private SqlValues() {
    }

    public static LocalDate toLocalDate(Object v) {
        if (v == null || v instanceof LocalDate) {
            return (LocalDate) v;
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(v.toString());
    }

    public static Long toLong(Object v) {
        return v == null ? null : ((Number) v).longValue();
    }

    /** A value as read, converted to the type its sort column declares (for cursors and binding). */
    public static Object as(SortColumn.ValueType type, Object v) {
        return switch (type) {
            case LONG -> toLong(v);
            case INT -> v == null ? null : ((Number) v).intValue();
            case STRING -> v == null ? null : v.toString();
            case DATE -> toLocalDate(v);
        };
    }
}
