package app.claimgraph.node;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import app.claimgraph.api.ApiError;

/**
 * Opaque global IDs (Relay "Global Object Identification"): base64url of {@code Type:naturalKey}.
 * Natural keys are stored, so an ID survives restarts, re-ingestion and a change of database.
 */
public record GlobalId(String type, String key) {

    public static final String ACTOR = "Actor";
    public static final String CLAIM = "Claim";
    public static final String RELATIONSHIP = "Relationship";
    public static final String DOCUMENT = "Document";

    private static final int MAX_LENGTH = 1024;

    public static String encode(String type, String key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes any ID; {@code argument} names the argument in the error a malformed ID gets. */
    public static GlobalId decode(String id, String argument) throws ApiError {
        if (id == null || id.isBlank() || id.length() > MAX_LENGTH) {
            throw malformed(argument);
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed(argument);
        }
        int colon = raw.indexOf(':');
        if (colon <= 0 || colon == raw.length() - 1) {
            throw malformed(argument);
        }
        String type = raw.substring(0, colon);
        if (!type.equals(ACTOR) && !type.equals(CLAIM) && !type.equals(RELATIONSHIP) && !type.equals(DOCUMENT)) {
            throw malformed(argument);
        }
        return new GlobalId(type, raw.substring(colon + 1));
    }

    /** Decodes an ID that must be of one type: an Actor ID where an actor is expected, and so on. */
    public static String decodeKey(String id, String expectedType, String argument) throws ApiError {
        GlobalId gid = decode(id, argument);
        if (!gid.type().equals(expectedType)) {
            throw ApiError.badArgument(argument, "Argument '" + argument + "' must be the ID of "
                    + article(expectedType) + " " + expectedType + ", but it is the ID of "
                    + article(gid.type()) + " " + gid.type() + ".");
        }
        return gid.key();
    }

    private static String article(String type) {
        return type.startsWith("A") ? "an" : "a";
    }

    private static ApiError malformed(String argument) {
        return ApiError.badArgument(argument, "Argument '" + argument
                + "' is not a valid ID: use an 'id' value returned by this API, unchanged.");
    }
}
