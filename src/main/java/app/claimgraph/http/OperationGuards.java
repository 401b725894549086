package app.claimgraph.http;

import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import jakarta.inject.Inject;

import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import io.quarkus.arc.Unremovable;

import app.claimgraph.api.ApiError;
import app.claimgraph.smallrye.ExecutionHooks;
import app.claimgraph.security.Caller;

/**
 * The API's rules inside every execution, whatever the transport: the query limits and trusted
 * documents for subscriptions (which arrive over WebSocket, past the HTTP endpoint), and the read
 * role once per root field. smallrye/GraphQLCustomizer chains every {@code Instrumentation} bean
 * into SmallRye's GraphQL; nothing injects this one, hence {@code @Unremovable}.
 */
@Singleton // no client proxy: ExecutionHooks closes the per-field hooks it does not use (final methods)
@Unremovable
public class OperationGuards extends ExecutionHooks {

    @Inject
    PersistedDocuments documents;
    @Inject
    ApiLimits limits;
    @Inject
    Caller caller;

    /**
     * Subscriptions arrive over WebSocket, past {@link GraphQLEndpoint}'s checks: the same limits (and the
     * trusted-documents mode) apply to them here, before the subscription starts.
     */
    @Override
    public DocumentAndVariables instrumentDocumentAndVariables(
            DocumentAndVariables documentAndVariables,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        OperationDefinition op = QueryShape.operation(documentAndVariables.getDocument(),
                parameters.getExecutionInput().getOperationName());
        if (op != null && op.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
            if (documents.trustedOnly()
                    && !documents.isTrusted(PersistedDocuments.sha256(parameters.getExecutionInput().getQuery()))) {
                throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                        .message("This service runs only trusted documents, and this is not one of them.")
                        .extensions(Map.of("code", "TRUSTED_DOCUMENT_REQUIRED")).build()));
            }
            QueryShape.Violation v = QueryShape.measure(documentAndVariables.getDocument(), op,
                    documentAndVariables.getVariables(), parameters.getSchema())
                    .violation(limits);
            if (v != null) {
                throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
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
        // trivial fetchers (plain properties) first: asking a field for its step info makes graphql-java
        // build the field's whole environment, which it skips for them otherwise
        if (parameters.isTrivialDataFetcher()) {
            return fetcher;
        }
        ExecutionStepInfo step = parameters.getExecutionStepInfo();
        if (step.getPath().getLevel() != 1) {
            return fetcher;
        }
        OperationDefinition.Operation operation = parameters.getEnvironment().getOperationDefinition().getOperation();
        if (operation == OperationDefinition.Operation.MUTATION) {
            return fetcher; // every mutation checks for the editor role itself
        }
        return env -> {
            caller.requireReader();
            return fetcher.get(env);
        };
    }
}
