package app.claimgraph.http;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

import graphql.ExecutionResult;
import app.claimgraph.api.FieldValues;

/**
 * Writes the JSON of a successful result ({@code {"data": …}}) straight from graphql-java's maps and
 * lists into UTF-8 bytes, the form the response is sent in. SmallRye builds a Jakarta JSON tree of the
 * whole result first and then prints it, which on a page of a few thousand values was a tenth of the
 * CPU; text built in a {@code StringBuilder} and then encoded was a fifth of the bytes a page allocated
 * (the builder's growth, its widening to UTF-16 at the first character beyond Latin-1, its copy into a
 * String, the encoded copy and the response buffer's copy of that). Numbers and strings are written
 * as SmallRye writes them, and text as {@code String.getBytes(UTF_8)} encodes it (a lone surrogate is
 * {@code ?}); a result with errors or extensions, or with a value of any other kind, is left to
 * SmallRye ({@link #write} returns null).
 */
final class ResultJson {

    /**
     * Each worker thread's buffer, kept between responses (up to {@link #KEPT} bytes) so that a body
     * is written without growing a new buffer each time; the body is copied out of it at its size.
     */
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[16 * 1024]);
    private static final int KEPT = 256 * 1024;

    private byte[] buf;
    private int len;

    private ResultJson(byte[] buf) {
        this.buf = buf;
    }

    /** The response body in UTF-8, or null when SmallRye should write it. */
    static byte[] write(ExecutionResult result) {
        if (!result.getErrors().isEmpty() || result.getExtensions() != null || !result.isDataPresent()) {
            return null;
        }
        byte[] scratch = SCRATCH.get();
        ResultJson out = new ResultJson(scratch);
        out.ascii("{\"data\":");
        boolean written = out.value(result.getData());
        if (out.buf != scratch && out.buf.length <= KEPT) {
            SCRATCH.set(out.buf);
        }
        if (!written) {
            return null;
        }
        out.ascii('}');
        return Arrays.copyOf(out.buf, out.len);
    }

    private boolean value(Object v) {
        if (v == null) {
            ascii("null");
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof FieldValues object) {
            ascii('{');
            for (int i = 0; i < object.size(); i++) {
                if (i > 0) {
                    ascii(',');
                }
                string(object.key(i));
                ascii(':');
                if (!value(object.value(i))) {
                    return false;
                }
            }
            ascii('}');
        } else if (v instanceof Map<?, ?> map) {
            ascii('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    return false;
                }
                if (!first) {
                    ascii(',');
                }
                first = false;
                string(key);
                ascii(':');
                if (!value(e.getValue())) {
                    return false;
                }
            }
            ascii('}');
        } else if (v instanceof Collection<?> list) {
            ascii('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    ascii(',');
                }
                first = false;
                if (!value(item)) {
                    return false;
                }
            }
            ascii(']');
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short
                || v instanceof Byte || v instanceof java.math.BigInteger || v instanceof BigDecimal) {
            ascii(v.toString());
        } else if (v instanceof Double d) {
            ascii(BigDecimal.valueOf(d).toString());
        } else if (v instanceof Float f) {
            ascii(new BigDecimal(String.valueOf(f)).toString());
        } else if (v instanceof Enum<?> e) {
            string(e.name());
        } else {
            return false;
        }
        return true;
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** A JSON string: quotes, backslashes and control characters escaped, the rest in UTF-8. */
    private void string(String s) {
        int n = s.length();
        room(n * 3 + 2);
        byte[] b = buf;
        int at = len;
        b[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    b[at++] = (byte) c;
                    continue;
                }
                // an escape is up to 6 bytes for 1 char: make room for the rest of the string at that rate
                len = at;
                room((n - i) * 6 + 1);
                b = buf;
                at = len;
                b[at++] = '\\';
                switch (c) {
                    case '"' -> b[at++] = '"';
                    case '\\' -> b[at++] = '\\';
                    case '\b' -> b[at++] = 'b';
                    case '\f' -> b[at++] = 'f';
                    case '\n' -> b[at++] = 'n';
                    case '\r' -> b[at++] = 'r';
                    case '\t' -> b[at++] = 't';
                    default -> {
                        b[at++] = 'u';
                        b[at++] = '0';
                        b[at++] = '0';
                        b[at++] = HEX[c >> 4];
                        b[at++] = HEX[c & 0xF];
                    }
                }
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    // 4 bytes for the 2 chars of the pair (room counted 6)
                    b[at++] = (byte) (0xF0 | cp >> 18);
                    b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    b[at++] = '?';
                }
            } else {
                b[at++] = (byte) (0xE0 | c >> 12);
                b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        b[at++] = '"';
        len = at;
    }

    private void ascii(String s) {
        int n = s.length();
        room(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    private void ascii(char c) {
        room(1);
        buf[len++] = (byte) c;
    }

    private void room(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
