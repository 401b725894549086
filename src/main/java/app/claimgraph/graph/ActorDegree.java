package app.claimgraph.graph;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.actor.Actor;

@Type("ActorDegree")
@Description("An actor and how many relationships it takes part in (as source or target).")
public class ActorDegree {

    private final Actor actor;
    private final int relationships;

    public ActorDegree(Actor actor, int relationships) {
        this.actor = actor;
        this.relationships = relationships;
    }

    @NonNull
    @Description("The actor.")
    public Actor getActor() {
        return actor;
    }

    @NonNull
    @Description("Relationships with this actor at either end.")
    public int getRelationships() {
        return relationships;
    }
}
