package app.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.paging.Edge;

@Type("ClaimEdge")
@Description("A claim in a list, with its cursor.")
public class ClaimEdge extends Edge<Claim> {
    public ClaimEdge(String cursor, Claim node) {
        super(cursor, node);
    }
}
