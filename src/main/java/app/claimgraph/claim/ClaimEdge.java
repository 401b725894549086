package app.claimgraph.claim;

import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.paging.Edge;

@Type("ClaimEdge")
@Description("A claim in a list, with its cursor.")
public class ClaimEdge extends Edge<Claim> {
    public ClaimEdge(Supplier<String> cursor, Claim node) {
        super(cursor, node);
    }
}
