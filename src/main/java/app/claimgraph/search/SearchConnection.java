package app.claimgraph.search;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.paging.Connection;
import app.claimgraph.paging.KeysetQuery;
import app.claimgraph.paging.PageInfo;

@Type("SearchConnection")
@Description("A page of search hits, best first (Relay cursor connection).")
public class SearchConnection extends Connection<SearchHit, SearchEdge> {
    public SearchConnection(List<SearchEdge> edges, PageInfo pageInfo, KeysetQuery query, Long parent) {
        super(edges, pageInfo, query, parent);
    }
}
