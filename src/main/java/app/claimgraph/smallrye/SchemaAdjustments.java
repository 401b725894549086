package app.claimgraph.smallrye;

import app.claimgraph.api.FieldSelection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;


import org.jboss.logging.Logger;

import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.Scalars;

/**
 * Adjusts the schema SmallRye GraphQL built: the contract signatures SmallRye cannot declare
 * ({@code nodes(ids: [ID!]!)}, {@code mergeActors(merge: [ID!]!)}) and our data fetchers in place of
 * SmallRye's for plain properties ({@link LeafFetcher}), batched fields ({@link BatchFetcher}) and
 * root query fields ({@link RootFetcher}) (switch {@code claimgraph.patch.plain-fetchers}), and graphql-java's
 * default field visibility in place of SmallRye's (switch {@code claimgraph.patch.default-visibility}).
 * It recognises SmallRye's fetchers by their (internal) classes: UpgradeCanaryTest guards that.
 */
final class SchemaAdjustments {

    private static final Logger LOG = Logger.getLogger(SchemaAdjustments.class);

    private SchemaAdjustments() {
    }

    static void apply(GraphQLSchema.Builder builder, Map<String, io.smallrye.graphql.schema.model.Operation> batched,
            Map<String, io.smallrye.graphql.schema.model.Operation> queries, Patches patches, Wiring wiring,
            FieldSelection selection) {
        GraphQLSchema schema = builder.build();
        graphql.schema.GraphQLCodeRegistry.Builder registry = graphql.schema.GraphQLCodeRegistry.newCodeRegistry(schema.getCodeRegistry());
        if (patches.defaultVisibility() && io.smallrye.graphql.spi.config.Config.FIELD_VISIBILITY_DEFAULT
                .equals(io.smallrye.graphql.spi.config.Config.get().getFieldVisibility())) {
            // SmallRye turns the default setting into a pattern of blocked fields named "default",
            // so every field lookup of every request built a name and matched it against a regex
            registry.fieldVisibility(graphql.schema.visibility.DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
        }
        if (patches.plainFetchers()) {
            withPlainFetchers(schema, registry, batched, queries, wiring, selection);
        }
        builder.codeRegistry(registry.build());
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
    private static void withPlainFetchers(GraphQLSchema schema, graphql.schema.GraphQLCodeRegistry.Builder out,
            Map<String, io.smallrye.graphql.schema.model.Operation> batched,
            Map<String, io.smallrye.graphql.schema.model.Operation> queries, Wiring wiring, FieldSelection selection) {
        graphql.schema.GraphQLCodeRegistry registry = schema.getCodeRegistry();
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
        int queryFields = 0;
        for (GraphQLFieldDefinition field : schema.getQueryType().getFieldDefinitions()) {
            graphql.schema.FieldCoordinates at = graphql.schema.FieldCoordinates.coordinates(schema.getQueryType(), field);
            io.smallrye.graphql.schema.model.Operation query = queries.get(field.getName());
            if (query != null && registry.getDataFetcher(at, field).getClass()
                    == io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDefaultDataFetcher.class) {
                out.dataFetcher(at, new RootFetcher<>(query, selection));
                queryFields++;
            }
        }
        Replaced replaced = new Replaced(leaves, batches, queryFields);
        wiring.replaced(replaced);
        if (leaves == 0 || batches == 0 || queryFields == 0) {
            // the fetchers are matched by SmallRye's internal classes: an upgrade that renames them would
            // silently bring back the per-value request context (a third of a nested page's CPU)
            throw new IllegalStateException("SmallRye GraphQL's data fetchers were not recognised (" + replaced
                    + "): check SchemaAdjustments against the SmallRye version in use");
        }
        LOG.debugf("Data fetchers replaced: %s", replaced);
    }

    /** How many SmallRye fetchers the schema bootstrap replaced ({@link Wiring}); UpgradeCanaryTest checks them. */
    public record Replaced(int leaves, int batches, int roots) {
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
}
