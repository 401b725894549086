package app.claimgraph.smallrye;

import java.util.List;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;

/**
 * A chain of instrumentations none of which uses the per-field begin hooks: {@link ExecutionHooks}
 * (closed and empty there) and SmallRye's {@code QueryCache} (a {@code SimpleInstrumentation} that
 * overrides {@code beginValidation} only; UpgradeCanaryTest checks that it still does). The execution's
 * hooks run as graphql-java's chain runs them; the per-field begin hooks are not called at all (a null
 * context is "nothing to call back" to graphql-java); {@link #instrumentDataFetcher} passes the fetcher
 * through each {@code ExecutionHooks} in turn (they keep no state), except a trivial one (graphql-java's
 * word for a plain property read): those are most of a page's values, and no hook wraps a property read
 * (iterating the hooks for each of them was 3 % of a nested page's CPU in a profile).
 */
final class LeanChain extends ChainedInstrumentation {

    private final ExecutionHooks[] fetcherHooks;

    LeanChain(List<Instrumentation> all, List<ExecutionHooks> fetcherHooks) {
        super(List.copyOf(all));
        this.fetcherHooks = fetcherHooks.toArray(ExecutionHooks[]::new);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.isTrivialDataFetcher()) {
            return fetcher;
        }
        DataFetcher<?> out = fetcher;
        for (ExecutionHooks member : fetcherHooks) {
            out = member.instrumentDataFetcher(out, parameters, null);
        }
        return out;
    }

    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return null;
    }
}
