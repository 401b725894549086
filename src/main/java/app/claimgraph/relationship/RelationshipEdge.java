package app.claimgraph.relationship;

import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.paging.Edge;

@Type("RelationshipEdge")
@Description("A relationship in a list, with its cursor.")
public class RelationshipEdge extends Edge<Relationship> {
    public RelationshipEdge(Supplier<String> cursor, Relationship node) {
        super(cursor, node);
    }
}
