package app.claimgraph.http;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import graphql.language.SourceLocation;
import app.claimgraph.api.ApiError;
import app.claimgraph.db.DatabaseOutage;

/** GraphQL response bodies the endpoint writes itself (errors before or instead of execution). */
final class ErrorBodies {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ErrorBodies.class);

    /**
     * One JSON provider for every request: {@code Json.createReader} and friends look the provider
     * up on every call (a ServiceLoader scan and a new provider with its buffers).
     */
    static final JsonProvider JSONP = JsonProvider.provider();

    private ErrorBodies() {
    }

    /** The body of a request refused while the database is down: the same error execution gives. */
    static final JsonObject UNAVAILABLE_BODY = unavailableBody(DatabaseOutage.unavailable());

    private static JsonObject unavailableBody(ApiError down) {
        return JSONP.createObjectBuilder().add("errors", JSONP.createArrayBuilder()
                .add(errorJson(down.getMessage(), List.of(), down.getExtensions()))).build();
    }

    /**
     * The body for a request whose execution failed outside graphql-java (a defect): an INTERNAL error
     * with an id that is in the log beside the stack, and nothing of the failure itself.
     */
    static JsonObject internal(Throwable failure) {
        String id = java.util.UUID.randomUUID().toString();
        LOG.errorf(failure, "Request failed outside GraphQL execution, error id %s", id);
        return error("Internal error (id " + id + ").", ApiError.INTERNAL, null, null);
    }

    static JsonObject error(String message, String code, String limit, Integer value) {
        Map<String, Object> ext = limit == null ? Map.of("code", code)
                : Map.of("code", code, "limit", limit, "value", value);
        return JSONP.createObjectBuilder().add("errors", JSONP.createArrayBuilder()
                .add(errorJson(message, List.of(), ext))).build();
    }

    static JsonObject errorJson(String message, List<SourceLocation> locations, Map<String, Object> extensions) {
        JsonObjectBuilder e = JSONP.createObjectBuilder().add("message", message);
        if (locations != null && !locations.isEmpty()) {
            var locs = JSONP.createArrayBuilder();
            for (SourceLocation l : locations) {
                locs.add(JSONP.createObjectBuilder().add("line", l.getLine()).add("column", l.getColumn()));
            }
            e.add("locations", locs);
        }
        JsonObjectBuilder ext = JSONP.createObjectBuilder();
        if (extensions != null) {
            // code first, as every other error of this API
            Object code = extensions.get("code");
            if (code != null) {
                ext.add("code", String.valueOf(code));
            }
            extensions.forEach((k, v) -> {
                if (!k.equals("code")) {
                    if (v instanceof Number n) {
                        ext.add(k, n.longValue());
                    } else if (v instanceof Boolean b) {
                        ext.add(k, b);
                    } else {
                        ext.add(k, String.valueOf(v));
                    }
                }
            });
        }
        return e.add("extensions", ext).build();
    }
}
