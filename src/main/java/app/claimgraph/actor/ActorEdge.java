package app.claimgraph.actor;

import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.paging.Edge;

@Type("ActorEdge")
@Description("An actor in a list, with its cursor.")
public class ActorEdge extends Edge<Actor> {
    public ActorEdge(Supplier<String> cursor, Actor node) {
        super(cursor, node);
    }
}
