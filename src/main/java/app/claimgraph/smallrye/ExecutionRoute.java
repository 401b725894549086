package app.claimgraph.smallrye;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.json.JsonObject;

import graphql.ExecutionResult;
import graphql.parser.ParserOptions;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * SmallRye GraphQL's execution, as the HTTP endpoint (http/GraphQLEndpoint) uses it. Quarkus's
 * handler class is runtime code, not an API: it is subclassed here and nowhere else, for what its
 * {@code handle} sets up (the security identity, the request context) and for its execution service.
 * UpgradeCanaryTest fails when an upgrade changes what this relies on.
 */
public final class ExecutionRoute extends SmallRyeGraphQLAbstractHandler {

    /** The result of one execution: graphql-java's result, and SmallRye's own JSON text of it. */
    public interface Written {
        void written(ExecutionResult result, Supplier<String> smallRyeText);
    }

    private final Handler<RoutingContext> body;

    /**
     * {@code runBlocking}: the fields' blocking work runs inline on the thread that executes the
     * request (the endpoint runs each request on a worker) instead of one executeBlocking hop per
     * field or batch. Those hops are ordered, and the requests of one event loop share that order:
     * one request at a time per loop.
     */
    ExecutionRoute(CurrentIdentityAssociation identity, CurrentVertxRequest request, Handler<RoutingContext> body) {
        super(identity, request, true);
        this.body = body;
    }

    /**
     * Quarkus's {@code handle} ends the request context with handlers on the response that terminate
     * whatever request context is active on the thread where they run: on the event loop, that can
     * be another request's, one still waiting for its worker, which then fails with
     * ContextNotActiveException. They are replaced by a {@link RequestLease}, which destroys this
     * request's own context and nothing else, once no worker uses it.
     */
    @Override
    protected void doHandle(RoutingContext ctx) {
        RequestLease.open(ctx, Arc.container().requestContext());
        body.handle(ctx);
    }

    /** What SmallRye passes to execution from this request (headers, for its context). */
    public Map<String, Object> metaData(RoutingContext ctx) {
        return getMetaData(ctx);
    }

    /** Executes {@code input} (query, operationName, variables) on the calling thread. */
    public void execute(JsonObject input, Map<String, Object> meta, Written written, Consumer<Throwable> failed) {
        getExecutionService().executeAsync(input, meta, new ExecutionResponseWriter() {
            @Override
            public void write(ExecutionResponse response) {
                written.written(response.getExecutionResult(), response::getExecutionResultAsString);
            }

            @Override
            public void fail(Throwable t) {
                failed.accept(t);
            }
        });
    }

    /**
     * SmallRye parses each document again when it executes it, with graphql-java's JVM-wide default
     * options and no hook of its own: those defaults are set once, to the endpoint's bounds.
     */
    static void parseWith(ParserOptions options) {
        ParserOptions.setDefaultOperationParserOptions(options);
    }
}
