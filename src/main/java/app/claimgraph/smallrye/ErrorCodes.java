package app.claimgraph.smallrye;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import org.jboss.logging.Logger;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.introspection.GoodFaithIntrospection;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import app.claimgraph.api.ApiError;
import app.claimgraph.db.DatabaseOutage;

/**
 * Gives every GraphQL error an {@code extensions.code} and a message fit for a client: our own
 * {@link ApiError}s as they are, validation and syntax errors coded, SmallRye's conversion failures
 * reworded (their messages name internal classes), anything unexpected INTERNAL with a logged id.
 */
public final class ErrorCodes {

    private static final Logger LOG = Logger.getLogger(ErrorCodes.class);
    /** Java type names in a message ("Unknown Scalar Type [app.claimgraph.…]") must not reach clients. */
    private static final Pattern INTERNAL_NAME = Pattern.compile("Unknown Scalar Type|\\b[a-z]+\\.[a-z]+\\.[a-zA-Z.]*[A-Z]\\w*");
    private static final Pattern ARGUMENT = Pattern.compile("argument '([^']+)'", Pattern.CASE_INSENSITIVE);

    private ErrorCodes() {
    }

    /** A request's error that is not a field's failure (syntax, validation, limits): no database involved. */
    public static GraphQLError withCode(GraphQLError error) {
        return withCode(error, java.util.Set.of(), null);
    }

    /**
     * @param writes the mutation fields: a write that loses its connection after it began may have
     *               been committed, and is answered OUTCOME_UNKNOWN rather than "nothing was written"
     * @param outage told of a field that failed for want of the database (null: never told)
     */
    public static GraphQLError withCode(GraphQLError error, java.util.Set<String> writes, DatabaseOutage outage) {
        if (error instanceof ExceptionWhileDataFetching fetch) {
            ApiError api = apiErrorIn(fetch.getException());
            if (api != null) {
                return rebuild(error, api.getMessage(), api.getExtensions(), api.getErrorType());
            }
            if (outage != null && outage.observe(fetch.getException())) {
                boolean write = !fetch.getPath().isEmpty() && writes.contains(String.valueOf(fetch.getPath().get(0)));
                ApiError down = write && !DatabaseOutage.neverConnected(fetch.getException()) ? DatabaseOutage.outcomeUnknown()
                        : DatabaseOutage.unavailable();
                return rebuild(error, down.getMessage(), down.getExtensions(), down.getErrorType());
            }
            return internal(error, fetch.getException());
        }
        if (error.getExtensions() != null && error.getExtensions().get("code") != null) {
            return error;
        }
        if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            return rebuild(error, error.getMessage(), Map.of("code", ApiError.QUERY_TOO_COMPLEX));
        }
        if (error instanceof ValidationError validation
                && validation.getValidationErrorType() != ValidationErrorType.WrongType) {
            return rebuild(error, error.getMessage(), Map.of("code", "GRAPHQL_VALIDATION_FAILED"));
        }
        if (error.getErrorType() == ErrorType.InvalidSyntax) {
            return rebuild(error, error.getMessage(), Map.of("code", "GRAPHQL_PARSE_FAILED"));
        }
        if (error.getErrorType() == ErrorType.ValidationError) {
            if (!INTERNAL_NAME.matcher(String.valueOf(error.getMessage())).find()) {
                // graphql-java's own wording names the argument and the expected type: keep it
                return rebuild(error, error.getMessage(), Map.of("code", ApiError.BAD_USER_INPUT));
            }
            // Values that do not convert to their declared type (a date "2025-13-01", say). SmallRye's
            // message names internal classes: say which argument is wrong and how values are written.
            Matcher m = ARGUMENT.matcher(String.valueOf(error.getMessage()));
            String argument = m.find() ? m.group(1) : null;
            String message = (argument == null ? "An argument" : "Argument '" + argument + "'")
                    + " has a value that does not fit its type. Check each field: dates are YYYY-MM-DD"
                    + " (e.g. 2025-11-01), enums are one of the listed values, IDs are strings returned by this API.";
            Map<String, Object> ext = new LinkedHashMap<>();
            ext.put("code", ApiError.BAD_USER_INPUT);
            if (argument != null) {
                ext.put("argument", argument);
            }
            return rebuild(error, message, ext);
        }
        if (error.getErrorType() == ErrorType.DataFetchingException) {
            return internal(error, null);
        }
        return rebuild(error, error.getMessage(), Map.of("code", ApiError.INTERNAL));
    }

    /** Batched fields reach here wrapped by SmallRye; the client error is the cause. */
    private static ApiError apiErrorIn(Throwable t) {
        for (int depth = 0; t != null && depth < 8; depth++, t = t.getCause()) {
            if (t instanceof ApiError api) {
                return api;
            }
        }
        return null;
    }

    private static GraphQLError internal(GraphQLError error, Throwable cause) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(cause, "INTERNAL error %s at path %s: %s", id, error.getPath(), error.getMessage());
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put("code", ApiError.INTERNAL);
        ext.put("errorId", id);
        return rebuild(error, "Internal server error. Quote error id " + id + " when reporting it.", ext);
    }

    private static GraphQLError rebuild(GraphQLError error, String message, Map<String, Object> extensions) {
        return rebuild(error, message, extensions, error.getErrorType());
    }

    private static GraphQLError rebuild(GraphQLError error, String message, Map<String, Object> extensions,
            ErrorClassification classification) {
        GraphqlErrorBuilder<?> b = GraphqlErrorBuilder.newError().message(message).extensions(extensions)
                .errorType(classification);
        if (error.getLocations() != null) {
            b.locations(error.getLocations());
        }
        if (error.getPath() != null) {
            b.path(error.getPath());
        }
        return b.build();
    }
}
