package app.claimgraph.graphql;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The HTTP face of {@code /graphql}, following the GraphQL-over-HTTP specification: POST with
 * {@code application/json}, GET for queries only (cacheable), {@code application/graphql-response+json}
 * with its status codes when the client accepts it, Apollo persisted queries and trusted documents.
 * Every limit of {@link ApiLimits} is checked here, on the parsed document, before anything executes;
 * only valid documents reach SmallRye GraphQL's execution. WebSocket upgrades (subscriptions) pass
 * through to SmallRye's own handler.
 */
@ApplicationScoped
public class GraphQLEndpoint {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String JSON = "application/json";
    /**
     * One JSON provider for every request: {@code Json.createReader} and friends look the provider
     * up on every call (a ServiceLoader scan and a new provider with its buffers).
     */
    private static final JsonProvider JSONP = JsonProvider.provider();

    @Inject
    ApiLimits limits;
    @Inject
    PersistedDocuments documents;
    @Inject
    Instance<GraphQLSchema> schema;
    @Inject
    Instance<CurrentIdentityAssociation> identity;
    @Inject
    CurrentVertxRequest currentRequest;
    @ConfigProperty(name = "claimgraph.auth.read-role")
    Optional<String> readRole;
    @Inject
    OperationMetrics metrics;
    @Inject
    ResultCache results;
    @Inject
    Caller caller;

    private volatile ParserOptions parserOptions;
    /**
     * Documents that parsed and validated, by their text: a client repeats the same few operations,
     * which are then neither parsed nor validated again here (limits are still measured: they
     * depend on the variables). Bounded, least recently used first out; long documents (inline
     * ingest payloads) are not kept.
     */
    private final Map<String, Document> validDocuments = Lru.of(2000);

    void routes(@Observes Router router) {
        parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(o -> o
                .maxTokens(limits.maxTokens())
                .maxCharacters(limits.maxBodyBytes())
                .captureLineComments(false)
                .captureIgnoredChars(false));
        // SmallRye parses the document again when it executes: with the same bounds
        ParserOptions.setDefaultOperationParserOptions(parserOptions);
        Handler handler = new Handler(identity.isResolvable() ? identity.get() : null, currentRequest);
        // SmallRye's WebSocket handler sits at order -99; the HTTP execution route comes after ours.
        // Vert.x wants the body handler first on a route: the size check is a route of its own.
        router.route("/graphql").order(-98).handler(this::beforeBody);
        BodyHandler reads = BodyHandler.create(false).setBodyLimit(limits.maxBodyBytes());
        BodyHandler writes = BodyHandler.create(false).setBodyLimit(limits.maxIngestBodyBytes());
        router.route("/graphql").order(-97)
                .handler(ctx -> (mayWrite(ctx) ? writes : reads).handle(ctx))
                .handler(handler);
        router.route("/graphql/schema.graphql").order(-98).handler(ctx -> {
            if (limits.introspection()) {
                ctx.next();
            } else {
                ctx.response().setStatusCode(404).end();
            }
        });
    }

    private void beforeBody(RoutingContext ctx) {
        if (isUpgrade(ctx)) {
            ctx.next();
            return;
        }
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                long bytes = Long.parseLong(length.trim());
                if (mayWrite(ctx) && bytes > limits.maxIngestBodyBytes()) {
                    reply(ctx, JSON, 413, error("The request body is larger than maxIngestBodyBytes ("
                            + limits.maxIngestBodyBytes() + " bytes).", ApiError.BAD_REQUEST, "maxIngestBodyBytes",
                            limits.maxIngestBodyBytes()), false);
                    return;
                }
                if (!mayWrite(ctx) && bytes > limits.maxBodyBytes()) {
                    reply(ctx, JSON, 413, error("The request body is larger than maxBodyBytes (" + limits.maxBodyBytes()
                            + " bytes); requests with a token (writes such as ingestDocument) may send up to "
                            + limits.maxIngestBodyBytes() + ".", ApiError.BAD_REQUEST, "maxBodyBytes",
                            limits.maxBodyBytes()), false);
                    return;
                }
            } catch (NumberFormatException e) {
                // Vert.x rejects the malformed header itself
            }
        }
        ctx.next();
    }

    /** Only a request with credentials can write, so only it gets the larger body limit of ingests. */
    private static boolean mayWrite(RoutingContext ctx) {
        return ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    private static boolean isUpgrade(RoutingContext ctx) {
        String upgrade = ctx.request().getHeader(HttpHeaders.UPGRADE);
        return upgrade != null && upgrade.equalsIgnoreCase("websocket");
    }

    /** One reply: a status and a GraphQL response body. */
    record Reply(int status, String body, boolean cacheable) {
    }

    /** A request error (no execution): its status for each response type, and the body. */
    static final class Rejection extends Exception {
        final int status;
        final int legacyStatus;
        final JsonObject body;

        Rejection(int status, int legacyStatus, JsonObject body) {
            super(null, null, false, false);
            this.status = status;
            this.legacyStatus = legacyStatus;
            this.body = body;
        }

        /** Malformed HTTP requests: the same status whatever the client accepts. */
        static Rejection http(int status, String message, String code) {
            return new Rejection(status, status, error(message, code, null, null));
        }

        /** Well-formed requests whose document cannot run: 400, or 200 for application/json clients. */
        static Rejection graphql(JsonObject body) {
            return new Rejection(400, 200, body);
        }
    }

    final class Handler extends SmallRyeGraphQLAbstractHandler {

        Handler(CurrentIdentityAssociation identity, CurrentVertxRequest request) {
            super(identity, request, false);
        }

        @Override
        protected void doHandle(RoutingContext ctx) {
            if (isUpgrade(ctx)) {
                ctx.next();
                return;
            }
            // Compress GraphQL responses when the client accepts it (quarkus.http.enable-compression)
            ctx.addHeadersEndHandler(v -> ctx.response().headers().remove(HttpHeaders.CONTENT_ENCODING));
            String mediaType = negotiate(ctx);
            if (mediaType == null) {
                reply(ctx, JSON, 406, error("Accept application/graphql-response+json or application/json.",
                        ApiError.NOT_ACCEPTABLE, null, null), false);
                return;
            }
            HttpMethod method = ctx.request().method();
            if (!method.equals(HttpMethod.GET) && !method.equals(HttpMethod.POST)) {
                ctx.response().putHeader(HttpHeaders.ALLOW, "GET, POST");
                reply(ctx, mediaType, 405, error("Send queries with GET or POST, mutations with POST.",
                        ApiError.METHOD_NOT_ALLOWED, null, null), false);
                return;
            }
            boolean get = method.equals(HttpMethod.GET);
            JsonStructure params;
            try {
                params = get ? fromQueryString(ctx) : fromBody(ctx);
            } catch (Rejection r) {
                reply(ctx, mediaType, r.status, r.body, false);
                return;
            }
            if (params instanceof JsonArray batch) {
                runBatch(ctx, mediaType, batch);
                return;
            }
            run(ctx, (JsonObject) params, get, mediaType).whenComplete((reply, failure) -> {
                if (failure != null) {
                    ctx.fail(failure);
                } else {
                    reply(ctx, mediaType, reply.status, reply.body, get && reply.cacheable);
                }
            });
        }

        private void runBatch(RoutingContext ctx, String mediaType, JsonArray batch) {
            if (batch.isEmpty() || batch.size() > limits.maxBatch()) {
                reply(ctx, mediaType, 400, error(limits.maxBatch() == 0 ? "Batched requests are not accepted."
                        : "A batch holds 1 to maxBatch (" + limits.maxBatch() + ") operations; this one has "
                                + batch.size() + ".", ApiError.BAD_REQUEST, "maxBatch", limits.maxBatch()), false);
                return;
            }
            List<CompletableFuture<Reply>> replies = new ArrayList<>();
            for (JsonValue item : batch) {
                if (item instanceof JsonObject op) {
                    replies.add(run(ctx, op, false, mediaType).toCompletableFuture());
                } else {
                    replies.add(CompletableFuture.completedFuture(new Reply(400,
                            error("Each operation of a batch is a JSON object.", ApiError.BAD_REQUEST, null, null)
                                    .toString(), false)));
                }
            }
            CompletableFuture.allOf(replies.toArray(CompletableFuture[]::new)).whenComplete((v, failure) -> {
                if (failure != null) {
                    ctx.fail(failure);
                    return;
                }
                StringBuilder body = new StringBuilder("[");
                for (CompletableFuture<Reply> r : replies) {
                    body.append(body.length() > 1 ? "," : "").append(r.join().body);
                }
                reply(ctx, mediaType, 200, body.append(']').toString(), false);
            });
        }

        /** Checks one operation, then executes it with SmallRye GraphQL. */
        private CompletionStage<Reply> run(RoutingContext ctx, JsonObject params, boolean get, String mediaType) {
            boolean legacy = mediaType.equals(JSON);
            long started = System.nanoTime();
            Prepared prepared;
            try {
                prepared = prepare(params, get);
            } catch (Rejection r) {
                metrics.rejected(params, r.body, started);
                return CompletableFuture.completedFuture(new Reply(legacy ? r.legacyStatus : r.status,
                        r.body.toString(), false));
            }
            if (DatabaseOutage.down()) {
                // fail fast: no connection attempt per request while the database is out of reach
                metrics.rejected(params, UNAVAILABLE_BODY, started);
                return CompletableFuture.completedFuture(new Reply(503, UNAVAILABLE_BODY.toString(), false));
            }
            String key = cacheKey(prepared);
            if (key == null) {
                return execute(ctx, prepared, null, -1, legacy, started);
            }
            if (results.versionInMemory()) {
                return answer(ctx, prepared, key, results.version(), legacy, started);
            }
            // The version is a database read: never on the event loop, which would wait for a connection.
            // The request context is resumed around what follows, as SmallRye's handler does around ours.
            CompletableFuture<Reply> done = new CompletableFuture<>();
            ManagedContext requestContext = Arc.container().requestContext();
            InjectableContext.ContextState state = requestContext.getState();
            ctx.vertx().executeBlocking(results::version, false).onComplete(version -> {
                if (version.failed()) {
                    done.completeExceptionally(version.cause());
                    return;
                }
                requestContext.activate(state);
                try {
                    answer(ctx, prepared, key, version.result(), legacy, started).whenComplete((reply, failure) -> {
                        if (failure != null) {
                            done.completeExceptionally(failure);
                        } else {
                            done.complete(reply);
                        }
                    });
                } finally {
                    requestContext.deactivate();
                }
            });
            return done;
        }

        /** The kept result for this version, or the operation executed (and its result kept). */
        private CompletionStage<Reply> answer(RoutingContext ctx, Prepared prepared, String key, long version,
                boolean legacy, long started) {
            String kept = results.get(key, version);
            if (kept != null) {
                metrics.executed(prepared, List.of(), started);
                return CompletableFuture.completedFuture(new Reply(200, kept, true));
            }
            return execute(ctx, prepared, key, version, legacy, started);
        }

        private CompletionStage<Reply> execute(RoutingContext ctx, Prepared prepared, String key, long version,
                boolean legacy, long started) {
            CompletableFuture<Reply> done = new CompletableFuture<>();
            getExecutionService().executeAsync(prepared.input, getMetaData(ctx), new ExecutionResponseWriter() {
                @Override
                public void write(ExecutionResponse response) {
                    ExecutionResult result = response.getExecutionResult();
                    String body = ResultJson.write(result);
                    if (body != null && key != null) {
                        results.put(key, version, body);
                    }
                    if (body == null) {
                        body = response.getExecutionResultAsString();
                    }
                    // A request error (variables that do not coerce, say) stops execution before any field
                    // runs: no error has a path and there is no data. The response then has no data entry.
                    boolean requestError = result.getData() == null && !result.getErrors().isEmpty()
                            && result.getErrors().stream().allMatch(e -> e.getPath() == null || e.getPath().isEmpty());
                    if (requestError) {
                        try (JsonReader reader = JSONP.createReader(new StringReader(body))) {
                            JsonObject json = reader.readObject();
                            body = JSONP.createObjectBuilder(json).remove("data").build().toString();
                        }
                    }
                    metrics.executed(prepared, result.getErrors(), started);
                    boolean unavailable = result.getErrors().stream().anyMatch(
                            e -> e.getExtensions() != null && ApiError.UNAVAILABLE.equals(e.getExtensions().get("code")));
                    done.complete(new Reply(unavailable ? 503 : requestError && !legacy ? 400 : 200, body,
                            result.getErrors().isEmpty() && prepared.query));
                }

                @Override
                public void fail(Throwable t) {
                    done.completeExceptionally(t);
                }
            });
            return done;
        }
    }

    /**
     * The result cache's key for a query (its document, operation name and variables as run), or
     * null when its result is not to be cached: mutations, and callers refused by the read role
     * (they get their error from execution).
     */
    private String cacheKey(Prepared prepared) {
        if (!prepared.query || !results.enabled()) {
            return null;
        }
        if (readRole.isPresent() && !readRole.get().isBlank()) {
            try {
                caller.requireReader();
            } catch (ApiError refused) {
                return null;
            }
        }
        return prepared.input.toString();
    }

    /** A checked operation, ready to run: its name and type (query, mutation) for the metrics. */
    record Prepared(JsonObject input, boolean query, String name, String type) {
    }

    /** Resolves the document, parses it, applies every limit and validates it. */
    Prepared prepare(JsonObject params, boolean get) throws Rejection {
        String query = string(params, "query");
        String operationName = string(params, "operationName");
        JsonObject variables = object(params, "variables");
        JsonObject extensions = object(params, "extensions");
        String documentId = string(params, "documentId");

        String hash = null;
        JsonObject persisted = extensions == null ? null : object(extensions, "persistedQuery");
        if (persisted != null) {
            if (persisted.getInt("version", 1) != 1 || !(persisted.get("sha256Hash") instanceof JsonString h)) {
                throw Rejection.http(400, "extensions.persistedQuery needs version 1 and a sha256Hash string.",
                        ApiError.BAD_REQUEST);
            }
            hash = PersistedDocuments.normalise(h.getString());
        } else if (documentId != null) {
            hash = PersistedDocuments.normalise(documentId);
        }
        if (query == null && hash != null) {
            query = documents.lookup(hash);
            if (query == null) {
                if (!limits.persistedQueries() && !documents.trustedOnly()) {
                    throw Rejection.graphql(error("PersistedQueryNotSupported", "PERSISTED_QUERY_NOT_SUPPORTED",
                            null, null));
                }
                throw Rejection.graphql(error(documents.trustedOnly()
                        ? "No trusted document has this hash: this service runs only trusted documents."
                        : "PersistedQueryNotFound", documents.trustedOnly() ? "TRUSTED_DOCUMENT_REQUIRED"
                                : "PERSISTED_QUERY_NOT_FOUND", null, null));
            }
        } else if (query == null) {
            throw Rejection.http(400, "The request has no 'query' (nor a persisted query hash).", ApiError.BAD_REQUEST);
        } else {
            String actual = PersistedDocuments.sha256(query);
            if (hash != null && !hash.equals(actual)) {
                throw Rejection.http(400, "The query does not match extensions.persistedQuery.sha256Hash.",
                        "PERSISTED_QUERY_HASH_MISMATCH");
            }
            if (documents.trustedOnly() && !documents.isTrusted(actual)) {
                throw Rejection.graphql(error("This service runs only trusted documents, and this is not one of them.",
                        "TRUSTED_DOCUMENT_REQUIRED", null, null));
            }
            if (hash != null) {
                documents.register(hash, query);
            }
        }

        Document known = validDocuments.get(query);
        Document document = known != null ? known : parse(query);
        OperationDefinition op = QueryShape.operation(document, operationName);
        int operations = document.getDefinitionsOfType(OperationDefinition.class).size();
        if (op == null && operations > 0) {
            throw Rejection.graphql(error(operationName == null
                    ? "The document has " + operations + " operations: name the one to run in 'operationName'."
                    : "The document has no operation named '" + operationName + "'.", ApiError.BAD_REQUEST, null, null));
        }
        if (op != null && get && op.getOperation() != OperationDefinition.Operation.QUERY) {
            throw new Rejection(405, 405, error("GET runs queries only: send " + op.getOperation().name().toLowerCase(Locale.ROOT)
                    + "s with POST.", ApiError.METHOD_NOT_ALLOWED, null, null));
        }
        if (op != null && op.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
            throw Rejection.graphql(error("Subscriptions are served over WebSocket (graphql-transport-ws) at /graphql.",
                    ApiError.BAD_REQUEST, null, null));
        }
        GraphQLSchema graphQLSchema = schema.get();
        if (op != null) {
            QueryShape.Violation v = QueryShape.measure(document, op, variables, graphQLSchema).violation(limits);
            if (v != null) {
                throw Rejection.graphql(error(v.message(), ApiError.QUERY_TOO_COMPLEX, v.limit(), v.value()));
            }
        }
        if (!limits.introspection() && QueryShape.introspects(document)) {
            throw Rejection.graphql(error("Introspection is turned off on this service.", "INTROSPECTION_DISABLED",
                    null, null));
        }
        List<ValidationError> invalid = known != null ? List.of()
                : new Validator().validateDocument(graphQLSchema, document, Locale.ENGLISH);
        if (invalid.isEmpty() && known == null && query.length() <= 20_000) {
            validDocuments.put(query, document);
        }
        if (!invalid.isEmpty()) {
            JsonObjectBuilder body = JSONP.createObjectBuilder();
            var errors = JSONP.createArrayBuilder();
            for (ValidationError v : invalid) {
                GraphQLError coded = GraphQLCustomizer.withCode(v);
                String message = limits.introspection() ? coded.getMessage()
                        : "The document is not valid (" + v.getValidationErrorType() + ")"
                                + (v.getQueryPath() == null ? "." : " at " + String.join("/", v.getQueryPath()) + ".");
                errors.add(errorJson(message, coded.getLocations(), coded.getExtensions()));
            }
            throw Rejection.graphql(body.add("errors", errors).build());
        }
        JsonObjectBuilder input = JSONP.createObjectBuilder().add("query", query);
        if (operationName != null) {
            input.add("operationName", operationName);
        }
        if (variables != null) {
            input.add("variables", variables);
        }
        if (extensions != null) {
            input.add("extensions", extensions);
        }
        String type = op == null ? "unknown" : op.getOperation().name().toLowerCase(Locale.ROOT);
        return new Prepared(input.build(), op != null && op.getOperation() == OperationDefinition.Operation.QUERY,
                op == null ? null : op.getName(), type);
    }

    private Document parse(String query) throws Rejection {
        try {
            return Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(parserOptions).build());
        } catch (ParseCancelledTooDeepException e) {
            throw Rejection.graphql(error("The document is nested too deeply to parse (maxDepth is " + limits.maxDepth()
                    + ").", ApiError.QUERY_TOO_COMPLEX, "maxDepth", limits.maxDepth()));
        } catch (ParseCancelledTooManyCharsException e) {
            throw Rejection.graphql(error("The document is longer than maxBodyBytes (" + limits.maxBodyBytes()
                    + ").", ApiError.BAD_REQUEST, "maxBodyBytes", limits.maxBodyBytes()));
        } catch (ParseCancelledException e) {
            throw Rejection.graphql(error("The document has more than maxTokens (" + limits.maxTokens()
                    + ") tokens.", ApiError.QUERY_TOO_COMPLEX, "maxTokens", limits.maxTokens()));
        } catch (InvalidSyntaxException e) {
            SourceLocation at = e.getLocation();
            String message = "Syntax error: " + (e.getMessage() == null ? "invalid document" : e.getMessage());
            throw Rejection.graphql(JSONP.createObjectBuilder().add("errors", JSONP.createArrayBuilder()
                    .add(errorJson(message, at == null ? List.of() : List.of(at),
                            Map.of("code", "GRAPHQL_PARSE_FAILED")))).build());
        }
    }

    // --- request parameters --------------------------------------------------------------------

    private JsonStructure fromBody(RoutingContext ctx) throws Rejection {
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

    private JsonObject fromQueryString(RoutingContext ctx) throws Rejection {
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

    private static String string(JsonObject o, String name) throws Rejection {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw Rejection.http(400, "'" + name + "' must be a string.", ApiError.BAD_REQUEST);
    }

    private static JsonObject object(JsonObject o, String name) throws Rejection {
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

    // --- responses -----------------------------------------------------------------------------

    private void reply(RoutingContext ctx, String mediaType, int status, JsonObject body, boolean cacheable) {
        reply(ctx, mediaType, status, body.toString(), cacheable);
    }

    private void reply(RoutingContext ctx, String mediaType, int status, String body, boolean cacheable) {
        var response = ctx.response();
        if (response.ended()) {
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8");
        response.putHeader(HttpHeaders.VARY, "Accept, Accept-Encoding");
        if (cacheable && status == 200 && readRole.filter(r -> !r.isBlank()).isEmpty() && limits.cacheMaxAge() > 0) {
            String etag = "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    java.util.HexFormat.of().parseHex(PersistedDocuments.sha256(mediaType + body))) + "\"";
            response.putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + limits.cacheMaxAge());
            response.putHeader(HttpHeaders.ETAG, etag);
            String match = ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH);
            if (match != null && (match.contains(etag) || match.trim().equals("*"))) {
                response.setStatusCode(304).end();
                return;
            }
        } else {
            response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (status == 503) {
            response.putHeader(HttpHeaders.RETRY_AFTER, "1");
        }
        response.setStatusCode(status).end(Buffer.buffer(body, StandardCharsets.UTF_8.name()));
    }

    /** The body of a request refused while the database is down: the same error execution gives. */
    private static final JsonObject UNAVAILABLE_BODY = unavailableBody(DatabaseOutage.unavailable());

    private static JsonObject unavailableBody(ApiError down) {
        return JSONP.createObjectBuilder().add("errors", JSONP.createArrayBuilder()
                .add(errorJson(down.getMessage(), List.of(), down.getExtensions()))).build();
    }

    static JsonObject error(String message, String code, String limit, Integer value) {
        Map<String, Object> ext = limit == null ? Map.of("code", code)
                : Map.of("code", code, "limit", limit, "value", value);
        return JSONP.createObjectBuilder().add("errors", JSONP.createArrayBuilder()
                .add(errorJson(message, List.of(), ext))).build();
    }

    private static JsonObject errorJson(String message, List<SourceLocation> locations, Map<String, Object> extensions) {
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
