package app.claimgraph.http;

import static app.claimgraph.http.ErrorBodies.JSONP;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import graphql.ExecutionResult;
import app.claimgraph.api.ApiError;

/** One reply: a status and a GraphQL response body (UTF-8), and whether an HTTP cache may keep it. */
record Reply(int status, byte[] body, boolean cacheable) {

    Reply(int status, String body, boolean cacheable) {
        this(status, body.getBytes(StandardCharsets.UTF_8), cacheable);
    }

    /**
     * The reply to an executed operation. A request error (variables that do not coerce, say) stops
     * execution before any field runs: no error has a path and there is no data; the response then has
     * no data entry, and is a 400 for application/graphql-response+json clients. UNAVAILABLE and
     * OUTCOME_UNKNOWN are 503s.
     */
    static Reply ofExecution(ExecutionResult result, byte[] body, boolean legacy, boolean query) {
        boolean requestError = result.getData() == null && !result.getErrors().isEmpty()
                && result.getErrors().stream().allMatch(e -> e.getPath() == null || e.getPath().isEmpty());
        if (requestError) {
            try (JsonReader reader = JSONP.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
                JsonObject json = reader.readObject();
                body = JSONP.createObjectBuilder(json).remove("data").build().toString().getBytes(StandardCharsets.UTF_8);
            }
        }
        boolean unavailable = result.getErrors().stream().anyMatch(e -> e.getExtensions() != null
                && (ApiError.UNAVAILABLE.equals(e.getExtensions().get("code"))
                        || app.claimgraph.db.DatabaseOutage.OUTCOME_UNKNOWN.equals(e.getExtensions().get("code"))));
        return new Reply(unavailable ? 503 : requestError && !legacy ? 400 : 200, body,
                result.getErrors().isEmpty() && query);
    }
}
