package app.claimgraph.search;

import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.paging.Edge;

@Type("SearchEdge")
@Description("A search hit with its cursor.")
public class SearchEdge extends Edge<SearchHit> {
    public SearchEdge(Supplier<String> cursor, SearchHit node) {
        super(cursor, node);
    }
}
