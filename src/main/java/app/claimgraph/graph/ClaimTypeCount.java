package app.claimgraph.graph;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.claim.ClaimType;

@Type("ClaimTypeCount")
@Description("Number of claims of one type.")
public class ClaimTypeCount {

    private final ClaimType type;
    private final int count;

    public ClaimTypeCount(ClaimType type, int count) {
        this.type = type;
        this.count = count;
    }

    @NonNull
    @Description("The value counted.")
    public ClaimType getType() {
        return type;
    }

    @NonNull
    @Description("How many (0 included, so every value is listed).")
    public int getCount() {
        return count;
    }
}
