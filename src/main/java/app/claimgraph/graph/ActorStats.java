package app.claimgraph.graph;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ActorStats")
@Description("Actor counts under one filter.")
public class ActorStats {

    private final int total;
    private final List<ActorKindCount> byKind;

    public ActorStats(int total, List<ActorKindCount> byKind) {
        this.total = total;
        this.byKind = byKind;
    }

    @NonNull
    @Description("All actors matching the filter.")
    public int getTotal() {
        return total;
    }

    @NonNull
    @Description("Per kind, in the enum's order.")
    public List<@NonNull ActorKindCount> getByKind() {
        return byKind;
    }
}
