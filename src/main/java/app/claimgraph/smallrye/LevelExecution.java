package app.claimgraph.smallrye;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import graphql.GraphQLContext;
import graphql.collect.ImmutableMapWithNullValues;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.DataFetchingFieldSelectionSetImpl;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import app.claimgraph.api.FieldValues;

/**
 * One execution of a query by {@link LevelStrategy}: once {@link LevelScope} has found the whole
 * normalized operation within what this path produces, each field once for all of its parents, completed
 * into maps and lists as graphql-java completes them. It raises {@link LevelScope.Unsupported} wherever
 * graphql-java's strategy must answer instead (an error, a null in a non-null position).
 */
final class LevelExecution {

    private static final LevelScope.Unsupported UNSUPPORTED = LevelScope.UNSUPPORTED;
    private static final Supplier<DataFetchingEnvironment> NO_ENVIRONMENT = () -> {
        throw UNSUPPORTED;
    };

    /** A null value in the lists this strategy completes (which hold values of one position each). */
    private static final Object NULL = new Object();

    private static Object nullable(Object value) {
        return value == null ? NULL : value;
    }

    private final ExecutionContext context;
    private final ExecutionStrategyParameters rootParameters;
    private final GraphQLSchema schema;
    private final GraphQLCodeRegistry code;
    private final ExecutableNormalizedOperation operation;

    LevelExecution(ExecutionContext context, ExecutionStrategyParameters rootParameters, ExecutableNormalizedOperation operation) {
        this.context = context;
        this.rootParameters = rootParameters;
        this.schema = context.getGraphQLSchema();
        this.code = schema.getCodeRegistry();
        this.operation = operation;
    }

    /** The data of the query, or {@link LevelScope.Unsupported} where graphql-java's strategy must answer. */
    Map<String, Object> data() throws Exception {
        GraphQLObjectType query = schema.getQueryType();
        LevelScope.check(code, query, operation.getTopLevelFields(), true); // before anything is read: no statement runs twice
        Map<String, Object> data = new LinkedHashMap<>();
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            GraphQLFieldDefinition definition = LevelScope.definition(query, field);
            if (definition == null) {
                data.put(field.getResultKey(), query.getName()); // __typename
                continue;
            }
            DataFetcher<?> fetcher = code.getDataFetcher(query, definition); // a RootFetcher: checked
            ExecutionStepInfo step = step(rootParameters.getExecutionStepInfo(), query, definition, field);
            DataFetchingEnvironment env = environment(query, definition, field, step, context.getRoot());
            ExecutionStrategyParameters fieldParameters = rootParameters.transform(b -> b.field(env.getMergedField())
                    .path(step.getPath()).executionStepInfo(step).source(context.getRoot()));
            // the instrumentation's hooks (the read role) as graphql-java applies them to a root field
            DataFetcher<?> guarded = context.getInstrumentation().instrumentDataFetcher(fetcher,
                    new InstrumentationFieldFetchParameters(context, () -> env, fieldParameters, false),
                    context.getInstrumentationState());
            Object value = fetched(byFetcher(() -> guarded.get(env)));
            data.put(field.getResultKey(), complete(definition.getType(), field, step, List.of(nullable(value))).get(0));
        }
        return data;
    }

    /** The fields of {@code children} for each of {@code sources} (objects of {@code type}), as result maps. */
    private List<Object> objects(GraphQLObjectType type, List<ExecutableNormalizedField> children, ExecutionStepInfo parent,
            List<Object> sources) throws Exception {
        String[] keys = new String[children.size()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = children.get(k).getResultKey();
            for (int j = 0; j < k; j++) {
                if (keys[j].equals(keys[k])) {
                    throw UNSUPPORTED; // graphql-java merges equal keys of one type into one field: not expected
                }
            }
        }
        List<FieldValues> maps = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            maps.add(new FieldValues(keys));
        }
        for (int k = 0; k < keys.length; k++) {
            ExecutableNormalizedField field = children.get(k);
            GraphQLFieldDefinition definition = LevelScope.definition(type, field);
            int at = k;
            if (definition == null) {
                maps.forEach(m -> m.set(at, type.getName()));
                continue;
            }
            ExecutionStepInfo step = step(parent, type, definition, field);
            List<Object> values = new ArrayList<>(sources.size());
            for (Object value : byFetcher(() -> fetch(type, definition, field, step, sources))) {
                values.add(nullable(fetched(value)));
            }
            List<Object> completed = complete(definition.getType(), field, step, values);
            for (int i = 0; i < maps.size(); i++) {
                maps.get(i).set(k, completed.get(i));
            }
        }
        return Collections.unmodifiableList(maps);
    }

    /**
     * The field's values, as its fetcher returns them, for each of {@code sources}: one batch, or one
     * property read per parent (SmallRye's converting fetcher gets each parent's environment).
     */
    private List<?> fetch(GraphQLObjectType type, GraphQLFieldDefinition definition, ExecutableNormalizedField field,
            ExecutionStepInfo step, List<Object> sources) throws Exception {
        DataFetcher<?> fetcher = code.getDataFetcher(type, definition); // one of the three kinds: checked
        if (fetcher instanceof BatchFetcher batch) {
            return batch.loadAll(environment(type, definition, field, step, sources.get(0)), sources);
        }
        List<Object> values = new ArrayList<>(sources.size());
        if (fetcher instanceof LeafFetcher leaf) {
            for (Object source : sources) {
                values.add(leaf.get(definition, source, NO_ENVIRONMENT));
            }
        } else {
            DataFetchingEnvironment env = environment(type, definition, field, step, sources.get(0));
            for (Object source : sources) {
                values.add(fetcher.get(DataFetchingEnvironmentImpl.newDataFetchingEnvironment(env).source(source).build()));
            }
        }
        return values;
    }

    /** {@code values} (nulls as {@link #NULL}) completed as {@code type}: scalars serialised, objects as maps. */
    private List<Object> complete(GraphQLOutputType type, ExecutableNormalizedField field, ExecutionStepInfo step,
            List<Object> values) throws Exception {
        GraphQLType inner = type;
        if (type instanceof GraphQLNonNull nonNull) {
            if (values.contains(NULL)) {
                throw UNSUPPORTED; // graphql-java's error, and the null propagated to the parent
            }
            inner = nonNull.getWrappedType();
        }
        List<Object> out = new ArrayList<>(values.size());
        if (inner instanceof GraphQLList list) {
            List<Object> items = new ArrayList<>();
            int[] sizes = new int[values.size()];
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value == NULL) {
                    sizes[i] = -1;
                } else if (value instanceof Iterable<?> iterable) {
                    for (Object item : iterable) {
                        items.add(nullable(context.getValueUnboxer().unbox(item)));
                        sizes[i]++;
                    }
                } else {
                    throw UNSUPPORTED; // arrays and other iterables: graphql-java's
                }
            }
            List<Object> completed = complete((GraphQLOutputType) list.getWrappedType(), field, step, items);
            int next = 0;
            for (int size : sizes) {
                if (size < 0) {
                    out.add(null);
                } else {
                    out.add(new ArrayList<>(completed.subList(next, next + size)));
                    next += size;
                }
            }
            return out;
        }
        if (inner instanceof GraphQLObjectType object) {
            List<Object> present = new ArrayList<>(values.size());
            for (Object value : values) {
                if (value != NULL) {
                    present.add(value);
                }
            }
            List<Object> completed = present.isEmpty() ? List.of() : objects(object, field.getChildren(), step, present);
            int next = 0;
            for (Object value : values) {
                out.add(value == NULL ? null : completed.get(next++));
            }
            return out;
        }
        for (Object value : values) {
            out.add(value == NULL ? null : serialised(inner, value));
        }
        return out;
    }

    private Object serialised(GraphQLType type, Object value) {
        Object out;
        try {
            if (type instanceof GraphQLScalarType scalar) {
                out = scalar.getCoercing().serialize(value, context.getGraphQLContext(), context.getLocale());
            } else if (type instanceof GraphQLEnumType enumType) {
                out = enumType.serialize(value, context.getGraphQLContext(), context.getLocale());
            } else {
                throw UNSUPPORTED; // interfaces, unions
            }
        } catch (graphql.schema.CoercingSerializeException notSerialisable) {
            throw UNSUPPORTED; // graphql-java's error for a value its type cannot serialise
        }
        if (out == null) {
            throw UNSUPPORTED;
        }
        return out;
    }

    private interface Fetching<T> {
        T get() throws Exception;
    }

    /**
     * What a fetcher returns; what it throws (a rejected argument, the read role, the database) is an
     * error graphql-java's strategy reports, with its path: handed over, as expected, not a failure here.
     */
    private static <T> T byFetcher(Fetching<T> fetching) {
        try {
            return fetching.get();
        } catch (Exception fetcherError) {
            throw UNSUPPORTED;
        }
    }

    /** A fetched value as graphql-java takes it: futures joined, results unwrapped (errors hand over), boxes opened. */
    private Object fetched(Object value) {
        Object out = value;
        if (value instanceof CompletionStage<?> stage) {
            try {
                out = stage.toCompletableFuture().join();
            } catch (RuntimeException fetcherError) { // a failed or cancelled future: graphql-java reports it
                throw UNSUPPORTED;
            }
        }
        if (out instanceof DataFetcherResult<?> result) {
            if (result.hasErrors() || result.getLocalContext() != null && !(result.getLocalContext() instanceof GraphQLContext)) {
                throw UNSUPPORTED;
            }
            out = result.getData();
        }
        return context.getValueUnboxer().unbox(out);
    }

    private ExecutionStepInfo step(ExecutionStepInfo parent, GraphQLObjectType container, GraphQLFieldDefinition definition,
            ExecutableNormalizedField field) {
        ResultPath path = parent.getPath().segment(field.getResultKey());
        return ExecutionStepInfo.newExecutionStepInfo().type(definition.getType()).fieldDefinition(definition)
                .field(merged(field)).path(path).parentInfo(parent).fieldContainer(container)
                .arguments(() -> ImmutableMapWithNullValues.copyOf(field.getResolvedArguments())).build();
    }

    private MergedField merged(ExecutableNormalizedField field) {
        MergedField merged = operation.getMergedField(field);
        if (merged == null) {
            throw UNSUPPORTED;
        }
        return merged;
    }

    /** The environment a root or batched field's fetcher gets (once per field, not per parent). */
    private DataFetchingEnvironment environment(GraphQLObjectType parent, GraphQLFieldDefinition definition,
            ExecutableNormalizedField field, ExecutionStepInfo step, Object source) {
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment(context).source(source)
                .arguments(field.getResolvedArguments()).fieldDefinition(definition).mergedField(step.getField())
                .fieldType(definition.getType()).executionStepInfo(step).parentType(parent)
                .selectionSet(DataFetchingFieldSelectionSetImpl.newCollector(schema, definition.getType(), () -> field))
                .build();
    }
}
