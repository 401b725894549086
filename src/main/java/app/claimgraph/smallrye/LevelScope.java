package app.claimgraph.smallrye;

import java.util.List;

import graphql.execution.ExecutionContext;
import graphql.language.Field;
import graphql.language.Selection;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Which queries {@link LevelStrategy} executes itself, decided on the schema and the query alone, before
 * anything is read: object types only (no interface or union whose type graphql-java would resolve), no
 * introspection, no {@code @defer}, and every field read by {@link RootFetcher} (root),
 * {@link LeafFetcher}, {@link BatchFetcher} or SmallRye's converting property fetcher. Everything else
 * is graphql-java's strategy's.
 */
final class LevelScope {

    /** Raised where {@link LevelStrategy}'s path stops and graphql-java's takes the request. */
    static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    static final Unsupported UNSUPPORTED = new Unsupported();

    private LevelScope() {
    }

    /**
     * Whether a root field written as such (not in a fragment) returns an interface or a union, or lists
     * of them: such a query ({@code node}, {@code nodes}) goes to graphql-java's strategy at once, without
     * the normalized operation that the full check ({@link #check}) builds first.
     */
    static boolean abstractAtRoot(ExecutionContext context) {
        GraphQLObjectType query = context.getGraphQLSchema().getQueryType();
        for (Selection<?> selection : context.getOperationDefinition().getSelectionSet().getSelections()) {
            GraphQLFieldDefinition definition = selection instanceof Field field
                    ? query.getFieldDefinition(field.getName()) : null;
            if (definition != null && GraphQLTypeUtil.unwrapAll(definition.getType()) instanceof GraphQLCompositeType composite
                    && !(composite instanceof GraphQLObjectType)) {
                return true;
            }
        }
        return false;
    }

    /** Whether this path produces {@code fields} of {@code type} (and all below them); unsupported otherwise. */
    static void check(GraphQLCodeRegistry code, GraphQLObjectType type, List<ExecutableNormalizedField> fields, boolean root) {
        for (ExecutableNormalizedField field : fields) {
            GraphQLFieldDefinition definition = definition(type, field);
            if (definition == null) {
                continue;
            }
            DataFetcher<?> fetcher = code.getDataFetcher(type, definition);
            if (root ? !(fetcher instanceof RootFetcher<?, ?>)
                    : !(fetcher instanceof LeafFetcher || fetcher instanceof BatchFetcher || converting(fetcher))) {
                throw UNSUPPORTED;
            }
            GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(definition.getType());
            if (unwrapped instanceof GraphQLObjectType object) {
                check(code, object, field.getChildren(), false);
            } else if (!(unwrapped instanceof GraphQLScalarType || unwrapped instanceof GraphQLEnumType)) {
                throw UNSUPPORTED; // interfaces and unions: graphql-java resolves their types
            }
        }
    }

    /**
     * SmallRye's own property fetcher, left where a value is converted (dates, formats): a synchronous
     * read, called per parent with its environment, as graphql-java calls it.
     */
    static boolean converting(DataFetcher<?> fetcher) {
        return fetcher.getClass() == io.smallrye.graphql.execution.datafetcher.FieldDataFetcher.class;
    }

    /** The field's definition on {@code type}; null for {@code __typename}; unsupported otherwise. */
    static GraphQLFieldDefinition definition(GraphQLObjectType type, ExecutableNormalizedField field) {
        if (field.getObjectTypeNames().size() != 1 || !field.getObjectTypeNames().contains(type.getName())
                || !field.getDeferredExecutions().isEmpty()) {
            throw UNSUPPORTED;
        }
        if ("__typename".equals(field.getName())) {
            return null;
        }
        GraphQLFieldDefinition definition = field.getName().startsWith("__") ? null : type.getFieldDefinition(field.getName());
        if (definition == null) {
            throw UNSUPPORTED; // introspection
        }
        return definition;
    }
}
