package app.claimgraph.smallrye;

import java.util.function.Supplier;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import graphql.schema.PropertyDataFetcher;

/**
 * Reads a property of a result object (a getter of the same name: a scalar, an enum, an object or
 * a list of objects), as graphql-java
 * does by default. Replaces SmallRye's per-field data fetcher for such fields: that one builds a
 * request context (a clone, the path as a string, the selected fields as JSON, twice) for every
 * value, which made plain properties the largest cost of a nested page.
 * <p>
 * A {@link LightDataFetcher}, as graphql-java's own property fetcher is: graphql-java then reads
 * the value without building a {@link DataFetchingEnvironment} for it (its query directives, its
 * selection set collector, its step info), which was a fifth of what a nested page allocated.
 */
final class LeafFetcher implements LightDataFetcher<Object> {

    private final PropertyDataFetcher<Object> property;

    LeafFetcher(String name) {
        this.property = PropertyDataFetcher.fetching(name);
    }

    @Override
    public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> env) throws Exception {
        return named(property.get(field, source, env));
    }

    @Override
    public Object get(DataFetchingEnvironment env) throws Exception {
        return named(property.get(env));
    }

    /** Enums are declared by name in the schema. */
    private static Object named(Object value) {
        return value instanceof Enum<?> e ? e.name() : value;
    }
}
