package app.claimgraph.paging;

import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An item of a connection with its cursor; concrete subclasses name the GraphQL type. The cursor is
 * encoded when it is first asked for: most queries read a page's nodes and at most its end cursor, and
 * encoding every item's was 2 % of the CPU of a nested actor page that asks for none.
 */
public abstract class Edge<N> {

    private final Supplier<String> encode;
    private final N node;
    /** The encoded cursor, once asked for (two threads may both encode it: the same text). */
    private String cursor;

    protected Edge(Supplier<String> cursor, N node) {
        this.encode = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque cursor of this item, for `after` or `before`.")
    public String getCursor() {
        String encoded = cursor;
        if (encoded == null) {
            encoded = encode.get();
            cursor = encoded;
        }
        return encoded;
    }

    @NonNull
    @Description("The item.")
    public N getNode() {
        return node;
    }
}
