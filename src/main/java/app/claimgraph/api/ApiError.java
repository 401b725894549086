package app.claimgraph.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.GraphQLException;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * A mistake the client can fix. SmallRye GraphQL passes checked {@link GraphQLException}s that are
 * also {@link GraphQLError}s through with their message and extensions, so this is the one
 * mechanism the service uses to emit {@code extensions.code}.
 */
public class ApiError extends GraphQLException implements GraphQLError {

    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    public static final String FORBIDDEN = "FORBIDDEN";
    /** A write lost a race with another write; sending it again is safe (extensions.retryable). */
    public static final String CONFLICT = "CONFLICT";
    /** An operation this deployment does not offer (e.g. an API backup of PostgreSQL). */
    public static final String UNSUPPORTED_OPERATION = "UNSUPPORTED_OPERATION";
    /** The database is out of reach (HTTP 503, extensions.retryable); see DatabaseOutage. */
    public static final String UNAVAILABLE = "UNAVAILABLE";
    public static final String INTERNAL = "INTERNAL";
    /** A request the HTTP layer cannot take: malformed JSON, wrong parameter types, too large a body. */
    public static final String BAD_REQUEST = "BAD_REQUEST";
    /** A document over one of the query limits (depth, cost, aliases, root fields, directives, tokens). */
    public static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";

    private final String code;
    private final Map<String, Object> extensions;

    public ApiError(String code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put("code", code);
        ext.putAll(details);
        this.extensions = Map.copyOf(ext);
    }

    /** A bad value for one argument; the message must say what to change. */
    public static ApiError badArgument(String argument, String message) {
        return new ApiError(BAD_USER_INPUT, message, Map.of("argument", argument));
    }

    /** Several problems with one input, each with its path inside the input and what to change. */
    public static ApiError rejected(List<Map<String, String>> problems) {
        StringBuilder msg = new StringBuilder("The input has ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems").append("; nothing was written: ");
        for (int i = 0; i < problems.size(); i++) {
            msg.append(i == 0 ? "" : "; ").append(problems.get(i).get("path")).append(": ")
                    .append(problems.get(i).get("message"));
        }
        return new ApiError(BAD_USER_INPUT, msg.toString(), Map.of("problems", List.copyOf(problems)));
    }

    public static ApiError of(String code, String message) {
        return new ApiError(code, message, Map.of());
    }

    public String code() {
        return code;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorClassification.errorClassification(code);
    }

    @Override
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // Client errors are expected control flow: no stack trace to build, none to leak.
        return this;
    }
}
