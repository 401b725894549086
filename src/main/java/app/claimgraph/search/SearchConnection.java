package app.claimgraph.search;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.paging.Connection;
import app.claimgraph.paging.KeysetQuery;
import app.claimgraph.paging.PageInfo;

@Type("SearchConnection")
@Description("A page of search hits, best first (Relay cursor connection).")
public class SearchConnection extends Connection<SearchHit, SearchEdge> {
    /** The search's words and type codes, for its count (see HitQueries). */
    @Ignore
    final List<String> terms;
    @Ignore
    final List<String> codes;
    /** The plan the page was read with; null when it was read best first (TopHits), which plans nothing. */
    @Ignore
    final HitQueries.Plan plan;

    SearchConnection(List<SearchEdge> edges, PageInfo pageInfo, KeysetQuery query, Long parent, List<String> terms,
            List<String> codes, HitQueries.Plan plan) {
        super(edges, pageInfo, query, parent);
        this.terms = terms;
        this.codes = codes;
        this.plan = plan;
    }
}
