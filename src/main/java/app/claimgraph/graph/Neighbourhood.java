package app.claimgraph.graph;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.actor.Actor;
import app.claimgraph.relationship.Relationship;

@Type("Neighbourhood")
@Description("The actors within some hops of an actor and the relationships between them, shaped for a graph view: every relationship's source and target are among `actors`.")
public class Neighbourhood {

    private final List<Actor> actors;
    private final List<Integer> distances;
    private final List<Relationship> relationships;
    private final boolean truncated;
    private final int inReach;

    public Neighbourhood(List<Actor> actors, List<Integer> distances, List<Relationship> relationships, boolean truncated,
            int inReach) {
        this.actors = actors;
        this.distances = distances;
        this.relationships = relationships;
        this.truncated = truncated;
        this.inReach = inReach;
    }

    @NonNull
    @Description("The actor itself first, then the others nearest first; at one hop, the most tied to it first (the relationships between them, either way, and the claims they rest on), then in a stable order.")
    public List<@NonNull Actor> getActors() {
        return actors;
    }

    @NonNull
    @Description("Hops from the centre of each of `actors`, in the same order (0 for the centre).")
    public List<@NonNull Integer> getDistances() {
        return distances;
    }

    @NonNull
    @Description("Relationships between the actors, each within the requested number of hops of the centre.")
    public List<@NonNull Relationship> getRelationships() {
        return relationships;
    }

    @NonNull
    @Description("True when more actors were in reach than `first` allowed; the farthest were left out.")
    public boolean getTruncated() {
        return truncated;
    }

    @Description("How many actors were found in reach, the centre included: more than `actors` holds when `truncated` (\"60 of 2,118 shown\"). Exact at depth 1; deeper, the search stops at the hop where enough were found, so this is at least the number in reach.")
    public int getInReach() {
        return inReach;
    }
}
