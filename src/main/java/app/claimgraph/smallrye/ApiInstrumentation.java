package app.claimgraph.smallrye;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;


import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import io.quarkus.arc.Arc;
import app.claimgraph.api.ApiError;
import app.claimgraph.http.ApiLimits;
import app.claimgraph.http.PersistedDocuments;
import app.claimgraph.http.QueryShape;
import app.claimgraph.security.Caller;

/**
 * Per-request hooks into graphql-java: batch loaders split by arguments, the query limits for
 * subscriptions (which arrive over WebSocket, past the HTTP endpoint), the read role once per root
 * field, and an {@code extensions.code} on every error.
 */
final class ApiInstrumentation extends SimplePerformantInstrumentation {

    @Override
    @SuppressWarnings("unchecked")
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        DataLoaderRegistry registry = input.getDataLoaderRegistry();
        for (Map.Entry<String, DataLoader<?, ?>> e : Map.copyOf(registry.getDataLoadersMap()).entrySet()) {
            if (e.getValue().getBatchLoadFunction() instanceof BatchLoaderWithContext<?, ?> fn
                    && !(fn instanceof ArgumentSplittingBatchLoader)) {
                registry.register(e.getKey(), DataLoaderFactory.newDataLoader(e.getKey(),
                        new ArgumentSplittingBatchLoader((BatchLoaderWithContext<Object, Object>) fn),
                        e.getValue().getOptions()));
            }
        }
        return input;
    }

    /**
     * Subscriptions arrive over WebSocket, past {@link GraphQLEndpoint}: the same limits (and the
     * trusted-documents mode) apply to them here, before the subscription starts.
     */
    @Override
    public graphql.execution.instrumentation.DocumentAndVariables instrumentDocumentAndVariables(
            graphql.execution.instrumentation.DocumentAndVariables documentAndVariables,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        OperationDefinition op = QueryShape.operation(documentAndVariables.getDocument(),
                parameters.getExecutionInput().getOperationName());
        if (op != null && op.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
            PersistedDocuments documents = Arc.container().instance(PersistedDocuments.class).get();
            if (documents.trustedOnly()
                    && !documents.isTrusted(PersistedDocuments.sha256(parameters.getExecutionInput().getQuery()))) {
                throw new graphql.execution.AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                        .message("This service runs only trusted documents, and this is not one of them.")
                        .extensions(Map.of("code", "TRUSTED_DOCUMENT_REQUIRED")).build()));
            }
            QueryShape.Violation v = QueryShape.measure(documentAndVariables.getDocument(), op,
                    documentAndVariables.getVariables(), parameters.getSchema())
                    .violation(Arc.container().instance(ApiLimits.class).get());
            if (v != null) {
                throw new graphql.execution.AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                        .message(v.message()).extensions(Map.of("code", ApiError.QUERY_TOO_COMPLEX,
                                "limit", v.limit(), "value", v.value())).build()));
            }
        }
        return documentAndVariables;
    }

    /** Reads (queries, subscriptions) may require a role: checked once per root field. */
    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher,
            InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        ExecutionStepInfo step = parameters.getExecutionStepInfo();
        if (step.getPath().getLevel() != 1 || parameters.isTrivialDataFetcher()) {
            return fetcher;
        }
        OperationDefinition.Operation operation = parameters.getEnvironment().getOperationDefinition().getOperation();
        if (operation == OperationDefinition.Operation.MUTATION) {
            return fetcher; // every mutation checks for the editor role itself
        }
        return env -> {
            Arc.container().instance(Caller.class).get().requireReader();
            return fetcher.get(env);
        };
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = new ArrayList<>();
        for (GraphQLError error : result.getErrors()) {
            errors.add(ErrorCodes.withCode(error));
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
