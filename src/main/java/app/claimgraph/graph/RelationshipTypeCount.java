package app.claimgraph.graph;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.relationship.RelationshipType;

@Type("RelationshipTypeCount")
@Description("Number of relationships of one type.")
public class RelationshipTypeCount {

    private final RelationshipType type;
    private final int count;

    public RelationshipTypeCount(RelationshipType type, int count) {
        this.type = type;
        this.count = count;
    }

    @NonNull
    @Description("The value counted.")
    public RelationshipType getType() {
        return type;
    }

    @NonNull
    @Description("How many (0 included, so every value is listed).")
    public int getCount() {
        return count;
    }
}
