package app.claimgraph.http;

import static app.claimgraph.http.ErrorBodies.JSONP;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;
import app.claimgraph.api.ApiError;

/** Reads a GraphQL-over-HTTP request: its parameters from a GET query string or a POST body, and the response type. */
final class RequestDecoder {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String JSON = "application/json";

    private RequestDecoder() {
    }

    static JsonStructure fromBody(RoutingContext ctx) throws Rejection {
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(JSON)) {
            throw Rejection.http(415, "POST a JSON body with Content-Type: application/json.", ApiError.UNSUPPORTED_MEDIA_TYPE);
        }
        String lower = type.toLowerCase(Locale.ROOT).replace(" ", "");
        if (lower.contains("charset=") && !lower.contains("charset=utf-8")) {
            throw Rejection.http(415, "Request bodies are read as UTF-8 only.", ApiError.UNSUPPORTED_MEDIA_TYPE);
        }
        if (ctx.body() == null || ctx.body().length() == 0) {
            throw Rejection.http(400, "The request body is empty: send {\"query\": \"...\"}.", ApiError.BAD_REQUEST);
        }
        JsonValue value;
        try (JsonReader reader = JSONP.createReader(new StringReader(ctx.body().asString(StandardCharsets.UTF_8.name())))) {
            value = reader.readValue();
        } catch (RuntimeException e) {
            throw Rejection.http(400, "The request body is not valid JSON.", ApiError.BAD_REQUEST);
        }
        if (value instanceof JsonObject || value instanceof JsonArray) {
            return (JsonStructure) value;
        }
        throw Rejection.http(400, "The request body must be a JSON object {\"query\": ..., \"variables\": ...}.",
                ApiError.BAD_REQUEST);
    }

    static JsonObject fromQueryString(RoutingContext ctx) throws Rejection {
        JsonObjectBuilder b = JSONP.createObjectBuilder();
        for (String name : List.of("query", "operationName", "documentId")) {
            String v = ctx.request().getParam(name);
            if (v != null && !v.isEmpty()) {
                b.add(name, v);
            }
        }
        for (String name : List.of("variables", "extensions")) {
            String v = ctx.request().getParam(name);
            if (v != null && !v.isEmpty()) {
                try (JsonReader reader = JSONP.createReader(new StringReader(v))) {
                    b.add(name, reader.readValue());
                } catch (RuntimeException e) {
                    throw Rejection.http(400, "The '" + name + "' parameter is not valid JSON.", ApiError.BAD_REQUEST);
                }
            }
        }
        return b.build();
    }

    static String string(JsonObject o, String name) throws Rejection {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw Rejection.http(400, "'" + name + "' must be a string.", ApiError.BAD_REQUEST);
    }

    static JsonObject object(JsonObject o, String name) throws Rejection {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonObject obj) {
            return obj;
        }
        throw Rejection.http(400, "'" + name + "' must be a JSON object (a map).", ApiError.BAD_REQUEST);
    }

    /** The preferred of application/graphql-response+json and application/json; null when neither is accepted. */
    static String negotiate(RoutingContext ctx) {
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        for (MIMEHeader h : ctx.parsedHeaders().accept()) {
            String v = h.value().toLowerCase(Locale.ROOT);
            if (v.equals(GRAPHQL_RESPONSE) || v.equals(JSON)) {
                return v;
            }
            if (v.equals("*/*") || v.equals("application/*")) {
                return JSON;
            }
        }
        return null;
    }

    /** The 413 body for a declared body length over this request's limit (larger for writers), or null. */
    static JsonObject tooLarge(RoutingContext ctx, boolean mayWrite, ApiLimits limits) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long bytes;
        try {
            bytes = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return null; // Vert.x rejects the malformed header itself
        }
        if (mayWrite && bytes > limits.maxIngestBodyBytes()) {
            return ErrorBodies.error("The request body is larger than maxIngestBodyBytes (" + limits.maxIngestBodyBytes()
                    + " bytes).", ApiError.BAD_REQUEST, "maxIngestBodyBytes", limits.maxIngestBodyBytes());
        }
        if (!mayWrite && bytes > limits.maxBodyBytes()) {
            return ErrorBodies.error("The request body is larger than maxBodyBytes (" + limits.maxBodyBytes()
                    + " bytes); requests with a token (writes such as ingestDocument) may send up to "
                    + limits.maxIngestBodyBytes() + ".", ApiError.BAD_REQUEST, "maxBodyBytes", limits.maxBodyBytes());
        }
        return null;
    }

    /** Only a request with credentials can write, so only it gets the larger body limit of ingests. */
    static boolean mayWrite(RoutingContext ctx) {
        return ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    static boolean isUpgrade(RoutingContext ctx) {
        String upgrade = ctx.request().getHeader(HttpHeaders.UPGRADE);
        return upgrade != null && upgrade.equalsIgnoreCase("websocket");
    }
}
