package app.claimgraph.change;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.paging.Edge;

@Type("ChangeEdge")
@Description("A change in a list, with its cursor.")
public class ChangeEdge extends Edge<Change> {
    public ChangeEdge(String cursor, Change node) {
        super(cursor, node);
    }
}
