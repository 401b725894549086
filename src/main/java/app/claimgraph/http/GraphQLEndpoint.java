package app.claimgraph.http;

import static app.claimgraph.http.ErrorBodies.UNAVAILABLE_BODY;
import static app.claimgraph.http.ErrorBodies.error;
import static app.claimgraph.http.RequestDecoder.JSON;
import static app.claimgraph.http.RequestDecoder.isUpgrade;
import static app.claimgraph.http.RequestDecoder.mayWrite;
import static app.claimgraph.http.RequestDecoder.fromBody;
import static app.claimgraph.http.RequestDecoder.fromQueryString;
import static app.claimgraph.http.RequestDecoder.negotiate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;


import graphql.ExecutionResult;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import app.claimgraph.api.ApiError;
import app.claimgraph.db.DatabaseOutage;
import app.claimgraph.security.Caller;
import app.claimgraph.security.ReadPolicy;
import app.claimgraph.smallrye.ExecutionRoute;
import app.claimgraph.smallrye.RequestLease;
import app.claimgraph.smallrye.ExecutionRoutes;

/**
 * The HTTP face of {@code /graphql}, following the GraphQL-over-HTTP specification: POST with
 * {@code application/json}, GET for queries only (cacheable), {@code application/graphql-response+json}
 * with its status codes when the client accepts it, Apollo persisted queries and trusted documents.
 * This class routes and orchestrates: {@link RequestDecoder} reads the request, {@link OperationPreparer}
 * checks the operation (every limit of {@link ApiLimits}, validation) before anything executes, the
 * {@link ResultCache} may answer it, SmallRye GraphQL's execution runs it, and {@link Replies} writes
 * the response. WebSocket upgrades (subscriptions) pass through to SmallRye's own handler.
 */
@ApplicationScoped
public class GraphQLEndpoint {

    @Inject
    ApiLimits limits;
    @Inject
    DatabaseOutage outage;
    @Inject
    OperationPreparer preparer;
    @Inject
    Replies writer;
    @Inject
    ExecutionRoutes executionRoutes;
    @Inject
    ReadPolicy readPolicy;
    @Inject
    OperationMetrics metrics;
    @Inject
    ResultCache results;
    @Inject
    Caller caller;
    /** SmallRye's execution, wrapped by smallrye/ExecutionRoute; set with the routes. */
    private ExecutionRoute execution;
    /** Turns for executing queries (see {@link ApiLimits#maxConcurrentQueries()}). */
    private QueryTurns queryTurns;

    void routes(@Observes Router router) {
        queryTurns = new QueryTurns(limits.maxConcurrentQueries() > 0 ? limits.maxConcurrentQueries()
                : 3 * Runtime.getRuntime().availableProcessors());
        execution = executionRoutes.create(preparer.parserOptions(), this::handle);
        // SmallRye's WebSocket handler sits at order -99; the HTTP execution route comes after ours.
        // Vert.x wants the body handler first on a route: the size check is a route of its own.
        router.route("/graphql").order(-98).handler(this::beforeBody);
        BodyHandler reads = BodyHandler.create(false).setBodyLimit(limits.maxBodyBytes());
        BodyHandler writes = BodyHandler.create(false).setBodyLimit(limits.maxIngestBodyBytes());
        router.route("/graphql").order(-97)
                .handler(ctx -> (mayWrite(ctx) ? writes : reads).handle(ctx))
                .handler(execution);
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
        JsonObject tooLarge = RequestDecoder.tooLarge(ctx, mayWrite(ctx), limits);
        if (tooLarge != null) {
            writer.reply(ctx, JSON, 413, tooLarge, false);
            return;
        }
        ctx.next();
    }

    /** Decodes, checks and runs one request (or a batch), then replies. */
    void handle(RoutingContext ctx) {
        if (isUpgrade(ctx)) {
            ctx.next();
            return;
        }
        // Compress GraphQL responses when the client accepts it (quarkus.http.enable-compression)
        ctx.addHeadersEndHandler(v -> ctx.response().headers().remove(HttpHeaders.CONTENT_ENCODING));
        String mediaType = negotiate(ctx);
        if (mediaType == null) {
            writer.reply(ctx, JSON, 406, error("Accept application/graphql-response+json or application/json.",
                    ApiError.NOT_ACCEPTABLE, null, null), false);
            return;
        }
        HttpMethod method = ctx.request().method();
        if (!method.equals(HttpMethod.GET) && !method.equals(HttpMethod.POST)) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "GET, POST");
            writer.reply(ctx, mediaType, 405, error("Send queries with GET or POST, mutations with POST.",
                    ApiError.METHOD_NOT_ALLOWED, null, null), false);
            return;
        }
        boolean get = method.equals(HttpMethod.GET);
        JsonStructure params;
        try {
            params = get ? fromQueryString(ctx) : fromBody(ctx);
        } catch (Rejection r) {
            writer.reply(ctx, mediaType, r.status, r.body, false);
            return;
        }
        if (params instanceof JsonArray batch) {
            runBatch(ctx, mediaType, batch);
            return;
        }
        run(ctx, (JsonObject) params, get, mediaType).whenComplete((reply, failure) -> {
            if (failure != null) {
                writer.reply(ctx, mediaType, 500, ErrorBodies.internal(failure), false);
            } else {
                writer.reply(ctx, mediaType, reply.status(), reply.body(), get && reply.cacheable());
            }
        });
    }

    private void runBatch(RoutingContext ctx, String mediaType, JsonArray batch) {
        if (batch.isEmpty() || batch.size() > limits.maxBatch()) {
            writer.reply(ctx, mediaType, 400, error(limits.maxBatch() == 0 ? "Batched requests are not accepted."
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
                writer.reply(ctx, mediaType, 500, ErrorBodies.internal(failure), false);
                return;
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (CompletableFuture<Reply> r : replies) {
                body.write(body.size() == 0 ? '[' : ',');
                body.writeBytes(r.join().body());
            }
            body.write(']');
            writer.reply(ctx, mediaType, 200, body.toByteArray(), false);
        });
    }

    /** Checks one operation, then executes it with SmallRye GraphQL. */
    private CompletionStage<Reply> run(RoutingContext ctx, JsonObject params, boolean get, String mediaType) {
        boolean legacy = mediaType.equals(JSON);
        long started = System.nanoTime();
        OperationPreparer.Prepared prepared;
        try {
            prepared = preparer.prepare(params, get);
        } catch (Rejection r) {
            metrics.rejected(params, r.body, started);
            return CompletableFuture.completedFuture(new Reply(legacy ? r.legacyStatus : r.status,
                    r.body.toString(), false));
        }
        if (outage.down()) {
            // fail fast: no connection attempt per request while the database is out of reach
            metrics.rejected(params, UNAVAILABLE_BODY, started);
            return CompletableFuture.completedFuture(new Reply(503, UNAVAILABLE_BODY.toString(), false));
        }
        String key = cacheKey(prepared);
        Map<String, Object> meta = execution.metaData(ctx);
        if (key != null && results.versionInMemory()) {
            long version = results.version();
            byte[] kept = results.get(key, version);
            if (kept != null) { // answered on the event loop: no worker, no connection
                metrics.executed(prepared, List.of(), started);
                return CompletableFuture.completedFuture(new Reply(200, kept, true));
            }
            return onWorker(ctx, true, done -> executeHere(prepared, meta, key, version, legacy, started, done));
        }
        // Everything else runs on one worker thread per request, unordered (requests on the same event
        // loop side by side), including the version read that PostgreSQL needs: one hop, never a
        // database read on the event loop.
        return onWorker(ctx, prepared.query(), done -> {
            long version = key == null ? -1 : results.version();
            byte[] kept = key == null ? null : results.get(key, version);
            if (kept != null) {
                metrics.executed(prepared, List.of(), started);
                done.complete(new Reply(200, kept, true));
            } else {
                executeHere(prepared, meta, key, version, legacy, started, done);
            }
        });
    }

    /**
     * Runs {@code work} on a worker thread within this request's context; it completes the reply. A
     * query waits for one of the turns ({@link QueryTurns}).
     */
    private CompletionStage<Reply> onWorker(RoutingContext ctx, boolean query,
            Consumer<CompletableFuture<Reply>> work) {
        CompletableFuture<Reply> done = new CompletableFuture<>();
        RequestLease lease = RequestLease.of(ctx);
        Runnable task = () -> {
            if (!lease.enter()) {
                // the client went away (its connection closed, ending the request) before a worker was free:
                // there is no one to answer
                return;
            }
            try {
                work.accept(done);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            } finally {
                lease.exit();
            }
        };
        if (query) {
            queryTurns.submit(ctx.vertx(), task);
        } else {
            ctx.vertx().executeBlocking(() -> {
                task.run();
                return null;
            }, false).onFailure(done::completeExceptionally);
        }
        return done;
    }

    private void executeHere(OperationPreparer.Prepared prepared, Map<String, Object> meta, String key, long version,
            boolean legacy, long started, CompletableFuture<Reply> done) {
        execution.execute(prepared.input(), meta, (result, smallRyeText) -> {
            byte[] body = ResultJson.write(result);
            if (body != null && key != null) {
                results.put(key, version, body);
            }
            if (body == null) {
                body = smallRyeText.get().getBytes(StandardCharsets.UTF_8);
            }
            metrics.executed(prepared, result.getErrors(), started);
            done.complete(Reply.ofExecution(result, body, legacy, prepared.query()));
        }, done::completeExceptionally);
    }

    /**
     * The result cache's key for a query (its document, operation name and variables as run), or
     * null when its result is not to be cached: mutations, and callers refused by the read role
     * (they get their error from execution).
     */
    private String cacheKey(OperationPreparer.Prepared prepared) {
        if (!prepared.query() || !results.enabled()) {
            return null;
        }
        if (!readPolicy.readsArePublic()) {
            try {
                caller.requireReader();
            } catch (ApiError refused) {
                return null;
            }
        }
        return prepared.input().toString();
    }

}
