package app.claimgraph.graph;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.actor.Actor;
import app.claimgraph.relationship.Relationship;

@Type("Path")
@Description("A shortest connection between two actors: the relationships to follow, in order, and the actors met on the way.")
public class Path {

    private final List<Relationship> relationships;
    private final List<Actor> actors;

    public Path(List<Relationship> relationships, List<Actor> actors) {
        this.relationships = relationships;
        this.actors = actors;
    }

    @NonNull
    @Description("Number of relationships (hops).")
    public int getLength() {
        return relationships.size();
    }

    @NonNull
    @Description("The relationships from `from` to `to`, in order; each may be followed against its direction unless the query asked for `directed` paths. Their evidence is reachable as usual.")
    public List<@NonNull Relationship> getRelationships() {
        return relationships;
    }

    @NonNull
    @Description("The actors along the path, from `from` to `to` (one more than the relationships).")
    public List<@NonNull Actor> getActors() {
        return actors;
    }
}
