package app.claimgraph.change;

import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.paging.Edge;

@Type("ChangeEdge")
@Description("A change in a list, with its cursor.")
public class ChangeEdge extends Edge<Change> {
    public ChangeEdge(Supplier<String> cursor, Change node) {
        super(cursor, node);
    }
}
