package app.claimgraph.http;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import graphql.GraphQLError;
import io.micrometer.core.instrument.MeterRegistry;
import app.claimgraph.api.ApiError;

/**
 * Per-operation GraphQL metrics: {@code claimgraph.graphql.requests} (a timer per operation name,
 * type and outcome) and {@code claimgraph.graphql.errors} (a counter per error code). Operation names
 * are chosen by clients, so only well-formed names become labels, and only the first
 * {@value #MAX_NAMES}; the rest count as "other".
 */
@ApplicationScoped
public class OperationMetrics {

    static final int MAX_NAMES = 200;
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    private static final Pattern NAMED_OPERATION = Pattern.compile("\\s*(?:query|mutation|subscription)\\s+([A-Za-z_]\\w*)");

    private final Set<String> names = ConcurrentHashMap.newKeySet();

    @Inject
    MeterRegistry registry;

    void executed(OperationPreparer.Prepared op, List<GraphQLError> errors, long startedNanos) {
        for (GraphQLError e : errors) {
            Object code = e.getExtensions() == null ? null : e.getExtensions().get("code");
            countError(code == null ? ApiError.INTERNAL : code.toString());
        }
        record(label(op.name()), op.type(), errors.isEmpty() ? "ok" : "error", startedNanos);
    }

    void rejected(JsonObject params, JsonObject body, long startedNanos) {
        JsonValue errors = body.get("errors");
        if (errors != null && errors.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue e : errors.asJsonArray()) {
                countError(e.asJsonObject().getJsonObject("extensions").getString("code", ApiError.BAD_REQUEST));
            }
        }
        String name = params.get("operationName") instanceof JsonString s ? s.getString() : null;
        if (name == null && params.get("query") instanceof JsonString q) {
            // a document that was refused may not parse: its name is read from its first line
            Matcher m = NAMED_OPERATION.matcher(q.getString());
            name = m.lookingAt() ? m.group(1) : null;
        }
        record(label(name), "unknown", "rejected", startedNanos);
    }

    private void record(String operation, String type, String outcome, long startedNanos) {
        registry.timer("claimgraph.graphql.requests", "operation", operation, "type", type, "outcome", outcome)
                .record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
    }

    private void countError(String code) {
        registry.counter("claimgraph.graphql.errors", "code", code).increment();
    }

    private String label(String name) {
        if (name == null || name.isEmpty()) {
            return "anonymous";
        }
        if (!NAME.matcher(name).matches()) {
            return "other";
        }
        if (names.contains(name) || (names.size() < MAX_NAMES && names.add(name))) {
            return name;
        }
        return "other";
    }
}
