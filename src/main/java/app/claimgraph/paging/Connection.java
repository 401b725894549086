package app.claimgraph.paging;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A Relay cursor connection. Concrete subclasses (ActorConnection …) fix the GraphQL names.
 * {@code totalCount} is a separate batched field (see the feature APIs), so the count query runs
 * only when a client asks for it.
 */
public abstract class Connection<N, E extends Edge<N>> {

    private final List<E> edges;
    private final PageInfo pageInfo;
    private final KeysetQuery query;
    private final Long parent;

    protected Connection(List<E> edges, PageInfo pageInfo, KeysetQuery query, Long parent) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.query = query;
        this.parent = parent;
    }

    @NonNull
    @Description("The items of this page with their cursors.")
    public List<@NonNull E> getEdges() {
        return edges;
    }

    @NonNull
    @Description("The items of this page, without cursors (shortcut for `edges { node }`).")
    public List<@NonNull N> getNodes() {
        return edges.stream().map(Edge::getNode).toList();
    }

    @NonNull
    @Description("Cursors and whether more items exist before or after this page.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    /** The query this page came from, for counting (not exposed). */
    public KeysetQuery query() {
        return query;
    }

    /** The parent whose list this is, for nested connections (not exposed). */
    public Long parent() {
        return parent;
    }
}
