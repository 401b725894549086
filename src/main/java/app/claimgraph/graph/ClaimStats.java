package app.claimgraph.graph;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ClaimStats")
@Description("Claim counts under one filter.")
public class ClaimStats {

    private final int total;
    private final List<ClaimStatusCount> byStatus;
    private final List<ClaimTypeCount> byType;

    public ClaimStats(int total, List<ClaimStatusCount> byStatus, List<ClaimTypeCount> byType) {
        this.total = total;
        this.byStatus = byStatus;
        this.byType = byType;
    }

    @NonNull
    @Description("All claims matching the filter.")
    public int getTotal() {
        return total;
    }

    @NonNull
    @Description("Per status, in the enum's order.")
    public List<@NonNull ClaimStatusCount> getByStatus() {
        return byStatus;
    }

    @NonNull
    @Description("Per type, in the enum's order.")
    public List<@NonNull ClaimTypeCount> getByType() {
        return byType;
    }
}
