package app.claimgraph.graph;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.actor.ActorKind;

@Type("ActorKindCount")
@Description("Number of actors of one kind.")
public class ActorKindCount {

    private final ActorKind kind;
    private final int count;

    public ActorKindCount(ActorKind kind, int count) {
        this.kind = kind;
        this.count = count;
    }

    @NonNull
    @Description("The value counted.")
    public ActorKind getKind() {
        return kind;
    }

    @NonNull
    @Description("How many (0 included, so every value is listed).")
    public int getCount() {
        return count;
    }
}
