package app.claimgraph.graph;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.claim.ClaimStatus;

@Type("ClaimStatusCount")
@Description("Number of claims with one status.")
public class ClaimStatusCount {

    private final ClaimStatus status;
    private final int count;

    public ClaimStatusCount(ClaimStatus status, int count) {
        this.status = status;
        this.count = count;
    }

    @NonNull
    @Description("The value counted.")
    public ClaimStatus getStatus() {
        return status;
    }

    @NonNull
    @Description("How many (0 included, so every value is listed).")
    public int getCount() {
        return count;
    }
}
