package app.claimgraph.smallrye;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.PropertyDataFetcher;

/**
 * Reads a property of a result object (a getter of the same name: a scalar, an enum, an object or
 * a list of objects), as graphql-java
 * does by default. Replaces SmallRye's per-field data fetcher for such fields: that one builds a
 * request context (a clone, the path as a string, the selected fields as JSON, twice) for every
 * value, which made plain properties the largest cost of a nested page.
 */
final class LeafFetcher implements DataFetcher<Object> {

    private final PropertyDataFetcher<Object> property;

    LeafFetcher(String name) {
        this.property = PropertyDataFetcher.fetching(name);
    }

    @Override
    public Object get(DataFetchingEnvironment env) throws Exception {
        Object value = property.get(env);
        // enums are declared by name in the schema
        return value instanceof Enum<?> e ? e.name() : value;
    }
}
