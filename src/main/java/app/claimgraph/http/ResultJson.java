package app.claimgraph.http;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

import graphql.ExecutionResult;

/**
 * Writes the JSON of a successful result ({@code {"data": …}}) straight from graphql-java's maps and
 * lists into text. SmallRye builds a Jakarta JSON tree of the whole result first and then prints it,
 * which on a page of a few thousand values was a tenth of the CPU. Numbers and strings are written
 * as SmallRye writes them; a result with errors or extensions, or with a value of any other kind,
 * is left to SmallRye ({@link #write} returns null).
 */
final class ResultJson {

    private ResultJson() {
    }

    /** The response body, or null when SmallRye should write it. */
    static String write(ExecutionResult result) {
        if (!result.getErrors().isEmpty() || result.getExtensions() != null || !result.isDataPresent()) {
            return null;
        }
        StringBuilder out = new StringBuilder(4096).append("{\"data\":");
        return value(out, result.getData()) ? out.append('}').toString() : null;
    }

    private static boolean value(StringBuilder out, Object v) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(out, s);
        } else if (v instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    return false;
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, key);
                out.append(':');
                if (!value(out, e.getValue())) {
                    return false;
                }
            }
            out.append('}');
        } else if (v instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                if (!value(out, item)) {
                    return false;
                }
            }
            out.append(']');
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short
                || v instanceof Byte || v instanceof BigInteger) {
            out.append(v);
        } else if (v instanceof Double d) {
            out.append(BigDecimal.valueOf(d));
        } else if (v instanceof Float f) {
            out.append(new BigDecimal(String.valueOf(f)));
        } else if (v instanceof BigDecimal d) {
            out.append(d);
        } else if (v instanceof Enum<?> e) {
            string(out, e.name());
        } else {
            return false;
        }
        return true;
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Escapes as JSON requires: quotes, backslashes and control characters. */
    static void string(StringBuilder out, String s) {
        out.append('"');
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, start, i);
            start = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        out.append(s, start, s.length()).append('"');
    }
}
