package app.claimgraph.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ActorFilter")
@Description("Narrows a list of actors. Conditions combine with AND; a list matches any of its values.")
public class ActorFilter {

    @Description("Only actors of these kinds.")
    public List<@NonNull ActorKind> kinds;

    @Description("Only actors of these countries (ISO 3166-1 alpha-3, e.g. [\"GBR\", \"USA\"]).")
    public List<@NonNull String> countryCodes;

    @Description("Only actors whose name or one of whose aliases contains this text, ignoring case and accents (\"nicolas\" finds \"Nicolás Maduro\", \"washington\" finds the United States).")
    public String name;

    @Id
    @Description("Only actors whose parent is this actor (the parts of a state, say).")
    public String parent;
}
