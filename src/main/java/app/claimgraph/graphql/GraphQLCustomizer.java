package app.claimgraph.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.jboss.logging.Logger;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.introspection.GoodFaithIntrospection;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.Scalars;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;

/**
 * Hooks into SmallRye GraphQL's start-up as an {@link EventingService} (registered in
 * META-INF/services; CDI events stay off, as SmallRye would otherwise fire one per resolved field,
 * which costed a third of the CPU of a nested page):
 * <ul>
 * <li>gives {@code Query.nodes} its contract signature {@code nodes(ids: [ID!]!)}, which SmallRye cannot
 * declare ({@code @Id} on a list parameter breaks argument conversion);</li>
 * <li>splits batched loads by arguments (see {@link ArgumentSplittingBatchLoader});</li>
 * <li>gives every error an {@code extensions.code}, and replaces unexpected failures by INTERNAL with
 * an id that is logged, so no exception text reaches a client.</li>
 * </ul>
 */
public class GraphQLCustomizer implements EventingService {

    private static final Logger LOG = Logger.getLogger(GraphQLCustomizer.class);
    /** Java type names in a message ("Unknown Scalar Type [app.claimgraph.…]") must not reach clients. */
    private static final Pattern INTERNAL_NAME = Pattern.compile("Unknown Scalar Type|\\b[a-z]+\\.[a-z]+\\.[a-zA-Z.]*[A-Z]\\w*");
    private static final Pattern ARGUMENT = Pattern.compile("argument '([^']+)'", Pattern.CASE_INSENSITIVE);

    /** Always on: no configuration key. */
    @Override
    public String getConfigKey() {
        return null;
    }

    /** Batched ({@code @Source}) operations by "Type.field", as SmallRye creates them. */
    private final Map<String, io.smallrye.graphql.schema.model.Operation> sourceOperations = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public io.smallrye.graphql.schema.model.Operation createOperation(io.smallrye.graphql.schema.model.Operation operation) {
        if (operation.isSourceField() && operation.getSourceFieldOn() != null) {
            sourceOperations.put(operation.getSourceFieldOn().getName() + "." + operation.getName(), operation);
        }
        return operation;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        onSchema(builder, sourceOperations);
        return builder;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        onGraphQL(builder);
        return builder;
    }

    static void onSchema(GraphQLSchema.Builder builder, Map<String, io.smallrye.graphql.schema.model.Operation> batched) {
        GraphQLSchema schema = builder.build();
        builder.codeRegistry(withPlainFetchers(schema, batched));
        GraphQLObjectType query = asIdList(schema.getQueryType(), "nodes", "ids");
        builder.query(query);
        if (schema.getMutationType() != null) {
            builder.mutation(asIdList(schema.getMutationType(), "mergeActors", "merge"));
        }
    }

    private static final java.util.Set<String> PLAIN_SCALARS = java.util.Set.of("String", "Int", "Boolean", "Float", "ID");

    /**
     * Properties of result types (scalars, enums, objects and lists of objects, without arguments)
     * are read by {@link LeafFetcher}, and batched fields are queued by {@link BatchFetcher}: both
     * skip the request context SmallRye builds for every value it resolves.
     */
    private static graphql.schema.GraphQLCodeRegistry withPlainFetchers(GraphQLSchema schema,
            Map<String, io.smallrye.graphql.schema.model.Operation> batched) {
        graphql.schema.GraphQLCodeRegistry registry = schema.getCodeRegistry();
        graphql.schema.GraphQLCodeRegistry.Builder out = graphql.schema.GraphQLCodeRegistry.newCodeRegistry(registry);
        if (io.smallrye.graphql.spi.config.Config.FIELD_VISIBILITY_DEFAULT
                .equals(io.smallrye.graphql.spi.config.Config.get().getFieldVisibility())) {
            // SmallRye turns the default setting into a pattern of blocked fields named "default",
            // so every field lookup of every request built a name and matched it against a regex
            out.fieldVisibility(graphql.schema.visibility.DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
        }
        int leaves = 0;
        int batches = 0;
        java.util.Set<GraphQLObjectType> roots = new java.util.HashSet<>();
        for (GraphQLObjectType root : new GraphQLObjectType[] { schema.getQueryType(), schema.getMutationType(),
                schema.getSubscriptionType() }) {
            if (root != null) {
                roots.add(root);
            }
        }
        for (graphql.schema.GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || roots.contains(object) || object.getName().startsWith("__")) {
                continue;
            }
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                graphql.schema.FieldCoordinates at = graphql.schema.FieldCoordinates.coordinates(object, field);
                graphql.schema.GraphQLType leaf = graphql.schema.GraphQLTypeUtil.unwrapNonNull(field.getType());
                boolean plain = leaf instanceof graphql.schema.GraphQLEnumType
                        || leaf instanceof graphql.schema.GraphQLScalarType scalar && PLAIN_SCALARS.contains(scalar.getName())
                        || isComposite(graphql.schema.GraphQLTypeUtil.unwrapAll(field.getType()));
                DataFetcher<?> current = registry.getDataFetcher(at, field);
                io.smallrye.graphql.schema.model.Operation batch = batched.get(object.getName() + "." + field.getName());
                if (plain && field.getArguments().isEmpty()
                        && current instanceof io.smallrye.graphql.execution.datafetcher.FieldDataFetcher) {
                    out.dataFetcher(at, new LeafFetcher(field.getName()));
                    leaves++;
                } else if (current instanceof io.smallrye.graphql.execution.datafetcher.BatchDataFetcher && batch != null) {
                    out.dataFetcher(at, new BatchFetcher(batch));
                    batches++;
                }
            }
        }
        replaced = new Replaced(leaves, batches);
        if (leaves == 0 || batches == 0) {
            // the fetchers are matched by SmallRye's internal classes: an upgrade that renames them would
            // silently bring back the per-value request context (a third of a nested page's CPU)
            throw new IllegalStateException("SmallRye GraphQL's data fetchers were not recognised (" + replaced
                    + "): check GraphQLCustomizer against the SmallRye version in use");
        }
        LOG.debugf("Data fetchers replaced: %s", replaced);
        return out.build();
    }

    /** How many SmallRye fetchers the schema bootstrap replaced; UpgradeCanaryTest checks them. */
    public record Replaced(int leaves, int batches) {
    }

    private static volatile Replaced replaced = new Replaced(0, 0);

    public static Replaced replaced() {
        return replaced;
    }

    /** Objects, interfaces and unions: values graphql-java resolves further, with no conversion of their own. */
    private static boolean isComposite(graphql.schema.GraphQLType type) {
        return type instanceof GraphQLObjectType || type instanceof graphql.schema.GraphQLInterfaceType
                || type instanceof graphql.schema.GraphQLUnionType;
    }

    /** Retypes a list-of-IDs argument to [ID!]! (declared in Java as a list of strings). */
    private static GraphQLObjectType asIdList(GraphQLObjectType type, String field, String argument) {
        GraphQLFieldDefinition f = type.getFieldDefinition(field);
        if (f == null || f.getArgument(argument) == null) {
            return type;
        }
        GraphQLArgument ids = f.getArgument(argument).transform(a -> a.type(GraphQLNonNull.nonNull(
                GraphQLList.list(GraphQLNonNull.nonNull(Scalars.GraphQLID)))));
        List<GraphQLArgument> args = new ArrayList<>();
        for (GraphQLArgument a : f.getArguments()) {
            args.add(a.getName().equals(argument) ? ids : a);
        }
        GraphQLFieldDefinition retyped = f.transform(b -> b.clearArguments().arguments(args));
        return type.transform(t -> t.field(retyped));
    }

    static void onGraphQL(GraphQL.Builder builder) {
        Instrumentation existing = builder.build().getInstrumentation();
        List<Instrumentation> chain = new ArrayList<>();
        if (existing != null) {
            chain.add(existing);
        }
        chain.add(new ApiInstrumentation());
        builder.instrumentation(new ChainedInstrumentation(chain));
    }

    static final class ApiInstrumentation extends SimplePerformantInstrumentation {

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
                errors.add(withCode(error));
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

    static GraphQLError withCode(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetch) {
            ApiError api = apiErrorIn(fetch.getException());
            if (api != null) {
                return rebuild(error, api.getMessage(), api.getExtensions(), api.getErrorType());
            }
            if (DatabaseOutage.observe(fetch.getException())) {
                ApiError down = DatabaseOutage.unavailable();
                return rebuild(error, down.getMessage(), down.getExtensions(), down.getErrorType());
            }
            return internal(error, fetch.getException());
        }
        if (error.getExtensions() != null && error.getExtensions().get("code") != null) {
            return error;
        }
        if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            return rebuild(error, error.getMessage(), Map.of("code", ApiError.QUERY_TOO_COMPLEX));
        }
        if (error instanceof ValidationError validation
                && validation.getValidationErrorType() != ValidationErrorType.WrongType) {
            return rebuild(error, error.getMessage(), Map.of("code", "GRAPHQL_VALIDATION_FAILED"));
        }
        if (error.getErrorType() == ErrorType.InvalidSyntax) {
            return rebuild(error, error.getMessage(), Map.of("code", "GRAPHQL_PARSE_FAILED"));
        }
        if (error.getErrorType() == ErrorType.ValidationError) {
            if (!INTERNAL_NAME.matcher(String.valueOf(error.getMessage())).find()) {
                // graphql-java's own wording names the argument and the expected type: keep it
                return rebuild(error, error.getMessage(), Map.of("code", ApiError.BAD_USER_INPUT));
            }
            // Values that do not convert to their declared type (a date "2025-13-01", say). SmallRye's
            // message names internal classes: say which argument is wrong and how values are written.
            Matcher m = ARGUMENT.matcher(String.valueOf(error.getMessage()));
            String argument = m.find() ? m.group(1) : null;
            String message = (argument == null ? "An argument" : "Argument '" + argument + "'")
                    + " has a value that does not fit its type. Check each field: dates are YYYY-MM-DD"
                    + " (e.g. 2025-11-01), enums are one of the listed values, IDs are strings returned by this API.";
            Map<String, Object> ext = new LinkedHashMap<>();
            ext.put("code", ApiError.BAD_USER_INPUT);
            if (argument != null) {
                ext.put("argument", argument);
            }
            return rebuild(error, message, ext);
        }
        if (error.getErrorType() == ErrorType.DataFetchingException) {
            return internal(error, null);
        }
        return rebuild(error, error.getMessage(), Map.of("code", ApiError.INTERNAL));
    }

    /** Batched fields reach here wrapped by SmallRye; the client error is the cause. */
    private static ApiError apiErrorIn(Throwable t) {
        for (int depth = 0; t != null && depth < 8; depth++, t = t.getCause()) {
            if (t instanceof ApiError api) {
                return api;
            }
        }
        return null;
    }

    private static GraphQLError internal(GraphQLError error, Throwable cause) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(cause, "INTERNAL error %s at path %s: %s", id, error.getPath(), error.getMessage());
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put("code", ApiError.INTERNAL);
        ext.put("errorId", id);
        return rebuild(error, "Internal server error. Quote error id " + id + " when reporting it.", ext);
    }

    private static GraphQLError rebuild(GraphQLError error, String message, Map<String, Object> extensions) {
        return rebuild(error, message, extensions, error.getErrorType());
    }

    private static GraphQLError rebuild(GraphQLError error, String message, Map<String, Object> extensions,
            ErrorClassification classification) {
        GraphqlErrorBuilder<?> b = GraphqlErrorBuilder.newError().message(message).extensions(extensions)
                .errorType(classification);
        if (error.getLocations() != null) {
            b.locations(error.getLocations());
        }
        if (error.getPath() != null) {
            b.path(error.getPath());
        }
        return b.build();
    }
}
