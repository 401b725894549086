package app.claimgraph.graph;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RelationshipStats")
@Description("Relationship counts under one filter.")
public class RelationshipStats {

    private final int total;
    private final List<RelationshipTypeCount> byType;
    private final List<RelationshipStatusCount> byStatus;

    public RelationshipStats(int total, List<RelationshipTypeCount> byType, List<RelationshipStatusCount> byStatus) {
        this.total = total;
        this.byType = byType;
        this.byStatus = byStatus;
    }

    @NonNull
    @Description("All relationships matching the filter.")
    public int getTotal() {
        return total;
    }

    @NonNull
    @Description("Per type, in the enum's order.")
    public List<@NonNull RelationshipTypeCount> getByType() {
        return byType;
    }

    @NonNull
    @Description("Per status, in the enum's order.")
    public List<@NonNull RelationshipStatusCount> getByStatus() {
        return byStatus;
    }
}
