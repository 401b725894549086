package app.claimgraph.claim;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.paging.Connection;
import app.claimgraph.paging.KeysetQuery;
import app.claimgraph.paging.PageInfo;

@Type("ClaimConnection")
@Description("A page of claims (Relay cursor connection).")
public class ClaimConnection extends Connection<Claim, ClaimEdge> {
    public ClaimConnection(List<ClaimEdge> edges, PageInfo pageInfo, KeysetQuery query, Long parent) {
        super(edges, pageInfo, query, parent);
    }
}
