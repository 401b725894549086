package app.claimgraph.relationship;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.paging.Edge;

@Type("RelationshipEdge")
@Description("A relationship in a list, with its cursor.")
public class RelationshipEdge extends Edge<Relationship> {
    public RelationshipEdge(String cursor, Relationship node) {
        super(cursor, node);
    }
}
