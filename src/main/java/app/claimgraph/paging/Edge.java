package app.claimgraph.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An item of a connection with its cursor; concrete subclasses name the GraphQL type. */
public abstract class Edge<N> {

    private final String cursor;
    private final N node;

    protected Edge(String cursor, N node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque cursor of this item, for `after` or `before`.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The item.")
    public N getNode() {
        return node;
    }
}
