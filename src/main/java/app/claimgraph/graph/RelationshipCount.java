package app.claimgraph.graph;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.relationship.RelationshipDirection;
import app.claimgraph.relationship.RelationshipType;

@Type("RelationshipCount")
@Description("How many relationships of one type an actor has in one direction.")
public class RelationshipCount {

    private final RelationshipType type;
    private final RelationshipDirection direction;
    private final int count;

    public RelationshipCount(RelationshipType type, RelationshipDirection direction, int count) {
        this.type = type;
        this.direction = direction;
        this.count = count;
    }

    @NonNull
    @Description("The relationship type.")
    public RelationshipType getType() {
        return type;
    }

    @NonNull
    @Description("OUTGOING when the actor is the source, INCOMING when it is the target.")
    public RelationshipDirection getDirection() {
        return direction;
    }

    @NonNull
    @Description("How many.")
    public int getCount() {
        return count;
    }
}
