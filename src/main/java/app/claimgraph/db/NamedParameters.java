package app.claimgraph.db;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The read side's named parameters ({@code :name}, as in JPA) turned into JDBC's positional ones. A
 * collection expands to {@code ?, ?, …} (NULL when empty), an enum binds its name.
 * <p>
 * On PostgreSQL, {@code IN (:name)} of {@value #ARRAY_FROM} or more numbers or names becomes
 * {@code = ANY (?)} bound to one array: a statement's text then no longer depends on how many ids a
 * page brought, so the driver prepares it once per connection and PostgreSQL plans it once (a list of
 * 86 ids was a new statement text, parsed and planned per execution). Shorter lists stay expanded:
 * their texts are few, and PostgreSQL, which prices an array parameter it cannot see as 10 values,
 * keeps planning a shorter array anew on every execution (a node lookup's one id: 0.3 ms of planning
 * per request).
 */
final class NamedParameters {

    /** The fewest values of an {@code IN} list that PostgreSQL gets as one array. */
    static final int ARRAY_FROM = 10;

    /** {@code IN (} ending the text, with the {@code NOT} before it when there is one. */
    private static final Pattern IN_AT_END = Pattern.compile("(?i)(\\bNOT\\s+)?\\bIN\\s*\\($");

    private NamedParameters() {
    }

    /** {@code sql} with its named parameters replaced by {@code ?}, their values appended in order. */
    static String positional(String sql, Map<String, ?> params, List<Object> values) {
        return positional(sql, params, values, !Dialect.h2());
    }

    /**
     * As {@link #positional(String, Map, List)}; {@code arrays}: {@code IN (:name)} of a collection of
     * {@link #ARRAY_FROM} or more values binds it as one array ({@code = ANY (?)}), as PostgreSQL takes it.
     */
    static String positional(String sql, Map<String, ?> params, List<Object> values, boolean arrays) {
        StringBuilder out = new StringBuilder(sql.length() + 16);
        int n = sql.length();
        for (int i = 0; i < n; i++) {
            char ch = sql.charAt(i);
            if (ch == '\'') { // a literal is copied as it is
                int end = sql.indexOf('\'', i + 1);
                while (end > 0 && end + 1 < n && sql.charAt(end + 1) == '\'') {
                    end = sql.indexOf('\'', end + 2);
                }
                end = end < 0 ? n - 1 : end;
                out.append(sql, i, end + 1);
                i = end;
            } else if (ch == ':' && i + 1 < n && sql.charAt(i + 1) == ':') { // a PostgreSQL cast
                out.append("::");
                i++;
            } else if (ch == ':' && i + 1 < n && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                String name = sql.substring(i + 1, end);
                if (!params.containsKey(name)) {
                    throw new IllegalArgumentException("no value for parameter " + name);
                }
                Object value = params.get(name);
                Object[] array = arrays && end < n && sql.charAt(end) == ')' ? array(value) : null;
                if (array != null && replaceIn(out)) {
                    out.append('?');
                    values.add(array);
                } else {
                    bind(out, value, values);
                }
                i = end - 1;
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private static void bind(StringBuilder out, Object value, List<Object> values) {
        if (value instanceof Collection<?> many) {
            if (many.isEmpty()) {
                out.append("NULL");
                return;
            }
            boolean first = true;
            for (Object v : many) {
                out.append(first ? "?" : ", ?");
                values.add(jdbcValue(v));
                first = false;
            }
        } else {
            out.append('?');
            values.add(jdbcValue(value));
        }
    }

    /**
     * The collection as an array the driver binds as one value ({@code Long[]}, {@code Integer[]},
     * {@code String[]}, enums by name); null when it is not a collection, is shorter than
     * {@link #ARRAY_FROM}, or holds other values or values of more than one kind.
     */
    private static Object[] array(Object value) {
        if (!(value instanceof Collection<?> many) || many.size() < ARRAY_FROM) {
            return null;
        }
        Object[] bound = many.stream().map(NamedParameters::jdbcValue).toArray();
        Class<?> kind = bound[0] == null ? null : bound[0].getClass();
        if (kind != Long.class && kind != Integer.class && kind != String.class) {
            return null;
        }
        for (Object v : bound) {
            if (v == null || v.getClass() != kind) {
                return null;
            }
        }
        return kind == Long.class ? Arrays.copyOf(bound, bound.length, Long[].class)
                : kind == Integer.class ? Arrays.copyOf(bound, bound.length, Integer[].class)
                : Arrays.copyOf(bound, bound.length, String[].class);
    }

    /** Turns the {@code IN (} that {@code out} ends with (not {@code NOT IN (}) into {@code = ANY (}; false when it does not end so. */
    private static boolean replaceIn(StringBuilder out) {
        Matcher in = IN_AT_END.matcher(out).useTransparentBounds(true);
        in.region(Math.max(0, out.length() - 24), out.length());
        if (!in.find() || in.group(1) != null) {
            return false;
        }
        out.setLength(in.start());
        out.append("= ANY (");
        return true;
    }

    private static Object jdbcValue(Object v) {
        return v instanceof Enum<?> e ? e.name() : v;
    }
}
