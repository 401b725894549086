package app.claimgraph.extract;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.quarkus.runtime.annotations.RegisterForReflection;

@Type("ActorMatch")
@Description("A stored actor that a proposed actor was matched to.")
@RegisterForReflection
public class ActorMatch {

    @NonNull
    @Id
    @Description("The stored actor's ID (query it with `node`).")
    public String id;

    @NonNull
    @Description("The stored actor's name.")
    public String name;

    @NonNull
    @Description("The name or alias of the stored actor that the text's wording matched, as stored.")
    public String by;

    @NonNull
    @Description("Whether `by` is the stored actor's name (false: one of its aliases).")
    public boolean byName;

    public ActorMatch(String id, String name, String by, boolean byName) {
        this.id = id;
        this.name = name;
        this.by = by;
        this.byName = byName;
    }
}
