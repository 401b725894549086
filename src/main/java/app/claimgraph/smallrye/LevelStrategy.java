package app.claimgraph.smallrye;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategy;
import graphql.execution.ExecutionStrategyParameters;

/**
 * Executes a query a field at a time over all of its parents at once, instead of graphql-java's
 * field at a time per parent. graphql-java resolves every value of a page on its own (parameters,
 * step info, a future, the data-loader dispatch bookkeeping, a result node): for a page of 20 actors
 * with 10 claims each, about 1,500 of them, and that was most of the JVM's CPU per request. Here a
 * field costs, for all its parents together, one batch (the same shared batch functions, so the same
 * SQL statements) or one property read per parent, and its values are completed into plain maps and
 * lists in one pass.
 * <p>
 * It takes what it can produce exactly as graphql-java would, and hands everything else to
 * graphql-java's strategy from the start: it takes queries run with the endpoint's {@code runBlocking}
 * (the batches complete on this thread) that {@link LevelScope} finds within its scope. It also hands over, and graphql-java executes the request again
 * (reads have no side effects), whenever a value would become an error: a fetcher's error or
 * exception (the read role's check included, which runs through the instrumentation as it does
 * there), a null in a non-null position, a value a scalar cannot serialise. So errors, their paths
 * and partial results are always graphql-java's. BreadthFirstTest compares the two paths' answers.
 */
final class LevelStrategy extends ExecutionStrategy {

    private static final AtomicLong LEVELLED = new AtomicLong();
    private static final AtomicLong HANDED_OVER = new AtomicLong();
    private static volatile boolean enabled = true;

    private final ExecutionStrategy general;

    LevelStrategy(ExecutionStrategy general) {
        this.general = general;
    }

    @Override
    public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters) {
        if (enabled && context.isQueryOperation() && Boolean.TRUE.equals(context.getGraphQLContext().get("runBlocking"))) {
            try {
                if (!LevelScope.abstractAtRoot(context)) {
                    Map<String, Object> data = new LevelExecution(context, parameters).data();
                    if (context.getErrors().isEmpty()) {
                        LEVELLED.incrementAndGet();
                        return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().data(data).build());
                    }
                }
            } catch (Exception unsupportedOrFailed) {
                // graphql-java's strategy answers, with its own errors and partial results
            }
            HANDED_OVER.incrementAndGet();
        }
        return general.execute(context, parameters);
    }

    /** Queries answered here, and those handed to graphql-java's strategy (counted since start). */
    static long[] counts() {
        return new long[] { LEVELLED.get(), HANDED_OVER.get() };
    }

    /** Turns this path off (or on again) for the whole process; BreadthFirstTest compares the two. */
    static void enable(boolean on) {
        enabled = on;
    }

}
