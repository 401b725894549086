package app.claimgraph.transfer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/**
 * The last line of an export (format 2): how many lines of each type came before it and the
 * SHA-256 of those lines, header included, each as written with its newline. A file cut anywhere,
 * even at a line boundary, or changed, no longer matches it; the import checks it before writing.
 */
final class Trailer {

    private static final JsonProvider JSON = JsonProvider.provider();
    private final MessageDigest digest;
    private final Map<String, Long> counts = new TreeMap<>();

    Trailer() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One line as written (without its newline); {@code type} null for the header. */
    void add(String type, String line) {
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        if (type != null) {
            counts.merge(type, 1L, Long::sum);
        }
    }

    Map<String, Long> counts() {
        return counts;
    }

    String line() {
        JsonObjectBuilder lines = JSON.createObjectBuilder();
        counts.forEach(lines::add);
        return JSON.createObjectBuilder().add("claimgraph", "end").add("lines", lines)
                .add("sha256", HexFormat.of().formatHex(digest.digest())).build().toString();
    }

    /** Whether a line is a trailer (whatever it says). */
    static boolean is(JsonObject o) {
        return "end".equals(o.getString("claimgraph", null));
    }

    /** Why this trailer does not describe the lines read, or null when it does (the digest is spent). */
    String mismatch(JsonObject trailer) {
        JsonObject lines = trailer.getJsonObject("lines");
        Map<String, Long> stated = new TreeMap<>();
        if (lines != null) {
            for (Map.Entry<String, JsonValue> e : lines.entrySet()) {
                stated.put(e.getKey(), ((jakarta.json.JsonNumber) e.getValue()).longValue());
            }
        }
        if (!stated.equals(counts)) {
            return "its trailer counts " + stated + " lines but the file holds " + counts;
        }
        String sha = HexFormat.of().formatHex(digest.digest());
        return sha.equals(trailer.getString("sha256", "")) ? null
                : "its lines do not match the SHA-256 its trailer gives (the file was changed)";
    }
}
