package app.claimgraph.smallrye;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategy;
import graphql.execution.ExecutionStrategyParameters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

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
 * and partial results are always graphql-java's. Anything else thrown here is a defect of this path:
 * graphql-java's strategy answers too, and it is counted as failed and logged once.
 * BreadthFirstTest compares the two paths' answers. Switch: {@code claimgraph.patch.level-execution}.
 */
final class LevelStrategy extends ExecutionStrategy {

    private static final Logger LOG = Logger.getLogger(LevelStrategy.class);

    private final ExecutionStrategy general;
    private final LevelSwitch enabled;
    private final Counter levelled;
    private final Counter handedOver;
    private final Counter failed;
    private final AtomicBoolean failureLogged = new AtomicBoolean();
    private final NormalizedOperations operations = new NormalizedOperations();

    /** Counts in {@code claimgraph.execution.level} by outcome: levelled, handed-over, failed. */
    LevelStrategy(ExecutionStrategy general, LevelSwitch enabled, MeterRegistry metrics) {
        this.general = general;
        this.enabled = enabled;
        this.levelled = outcome(metrics, "levelled");
        this.handedOver = outcome(metrics, "handed-over");
        this.failed = outcome(metrics, "failed");
    }

    private static Counter outcome(MeterRegistry metrics, String outcome) {
        return Counter.builder("claimgraph.execution.level").tag("outcome", outcome)
                .description("Queries by who answered them: this path (levelled) or graphql-java's strategy (handed-over,"
                        + " and failed: this path threw where it should have answered or handed over)")
                .register(metrics);
    }

    @Override
    public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters) {
        if (enabled.on() && context.isQueryOperation() && Boolean.TRUE.equals(context.getGraphQLContext().get("runBlocking"))) {
            try {
                if (!LevelScope.abstractAtRoot(context)) {
                    Map<String, Object> data = new LevelExecution(context, parameters, operations.of(context)).data();
                    if (context.getErrors().isEmpty()) {
                        levelled.increment();
                        return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().data(data).build());
                    }
                }
                handedOver.increment();
            } catch (LevelScope.Unsupported expected) {
                handedOver.increment(); // graphql-java's strategy answers, with its own errors and partial results
            } catch (Exception defect) {
                // a defect of this path: graphql-java's strategy still answers the client, the metric shows it,
                // and the first one is logged with its stack (a broken path would otherwise log on every request)
                failed.increment();
                if (failureLogged.compareAndSet(false, true)) {
                    LOG.error("By-level execution failed; graphql-java's strategy answered instead (further failures are"
                            + " counted in claimgraph_execution_level_total{outcome=\"failed\"}, not logged)", defect);
                }
            }
        }
        return general.execute(context, parameters);
    }
}
