package app.claimgraph.smallrye;

import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;

/**
 * An instrumentation that hooks the execution as a whole (its input, document, result) and, per
 * field, at most {@link #instrumentDataFetcher} (in a {@link LeanChain}, only for fields whose fetcher
 * is not a plain property read), keeping no state. The per-field begin hooks are closed here, so
 * {@link LeanChain} may skip them: graphql-java's {@code ChainedInstrumentation}
 * builds a list and a context per hook, member and field (five hooks for every value of a page),
 * which was a tenth of what a nested page allocated. Subclasses that need those hooks or state
 * extend graphql-java's classes instead; they are then chained the ordinary way.
 */
public abstract class ExecutionHooks extends SimplePerformantInstrumentation {

    @Override
    public final InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return null;
    }

    @Override
    public final ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public final InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public final InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public final FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public final InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public final InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return null;
    }
}
