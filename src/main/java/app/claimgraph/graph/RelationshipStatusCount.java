package app.claimgraph.graph;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.relationship.RelationshipStatus;

@Type("RelationshipStatusCount")
@Description("Number of relationships with one status.")
public class RelationshipStatusCount {

    private final RelationshipStatus status;
    private final int count;

    public RelationshipStatusCount(RelationshipStatus status, int count) {
        this.status = status;
        this.count = count;
    }

    @NonNull
    @Description("The value counted.")
    public RelationshipStatus getStatus() {
        return status;
    }

    @NonNull
    @Description("How many (0 included, so every value is listed).")
    public int getCount() {
        return count;
    }
}
