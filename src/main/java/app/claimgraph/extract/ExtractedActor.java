package app.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.actor.ActorKind;
import app.claimgraph.claim.TextSpan;
import io.quarkus.runtime.annotations.RegisterForReflection;

@Type("ExtractedActor")
@Description("A proposed actor, with the fields of `ActorInput` (send them to `ingestDocument` as they are) and how it was found.")
@RegisterForReflection
public class ExtractedActor {

    @NonNull
    @Description("Key of this actor inside the proposal, used by its claims and relationships.")
    public String ref;

    @Id
    @Description("The stored actor it matched, when it matched one: ingesting with it links to that actor.")
    public String id;

    @NonNull
    @Description("Canonical name.")
    public String name;

    @NonNull
    @Description("What sort of actor.")
    public ActorKind kind;

    @Description("ISO 3166-1 alpha-3 country code, where one applies.")
    public String countryCode;

    @NonNull
    @Description("Other names the text uses for it.")
    public List<@NonNull String> aliases = new ArrayList<>();

    @Description("Who the actor is, as the text says.")
    public String description;

    @Description("`ref` of the actor this one is part of (a government's state).")
    public String parent;

    @Description("The stored actor it matched and by which name or alias; null when it would be created.")
    public ActorMatch match;

    @NonNull
    @Description("Where the text names it.")
    public List<@NonNull TextSpan> mentions = new ArrayList<>();
}
