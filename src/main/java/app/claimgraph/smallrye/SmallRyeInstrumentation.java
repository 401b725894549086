package app.claimgraph.smallrye;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import app.claimgraph.api.ApiError;
import app.claimgraph.api.FieldSelection;
import app.claimgraph.db.DatabaseOutage;

/**
 * Per-request hooks into graphql-java that depend on how SmallRye works: its batch loaders, shared by
 * all requests and split by arguments ({@link SharedBatchLoaders}, {@link ArgumentSplittingBatchLoader}),
 * and an {@code extensions.code} on every error ({@link ErrorCodes}, which knows SmallRye's and
 * graphql-java's error shapes).
 */
final class SmallRyeInstrumentation extends ExecutionHooks {

    private final SharedBatchLoaders loaders;
    private final DatabaseOutage outage;

    /**
     * {@code shared}: the batch functions built once for all requests, or SmallRye's of each request;
     * {@code selection}: non-null to run them without SmallRye's per-batch context ({@link PlainBatch}).
     */
    SmallRyeInstrumentation(boolean shared, FieldSelection selection, Wiring wiring, DatabaseOutage outage) {
        this.loaders = new SharedBatchLoaders(shared, selection, wiring);
        this.outage = outage;
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        return loaders.prepare(input);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = new ArrayList<>();
        var mutation = parameters.getSchema().getMutationType();
        java.util.Set<String> writes = mutation == null ? java.util.Set.of()
                : mutation.getFieldDefinitions().stream().map(f -> f.getName()).collect(java.util.stream.Collectors.toSet());
        for (GraphQLError error : result.getErrors()) {
            errors.add(ErrorCodes.withCode(error, writes, outage));
        }
        boolean clientError = errors.stream()
                .anyMatch(e -> ApiError.BAD_USER_INPUT.equals(e.getExtensions().get("code")));
        if (clientError) {
            // A rejected argument leaves its non-null field empty; that follow-on error says nothing more.
            errors.removeIf(e -> e.getErrorType() == ErrorType.NullValueInNonNullableField);
        }
        return CompletableFuture.completedFuture(result.transform(b -> b.errors(errors)));
    }
}
