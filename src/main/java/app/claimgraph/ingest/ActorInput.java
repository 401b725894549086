package app.claimgraph.ingest;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import app.claimgraph.actor.ActorKind;
import io.quarkus.runtime.annotations.RegisterForReflection;

@Input("ActorInput")
@Description("An actor of the document: an existing one by `id`, or a description resolved by name or alias (same kind and country) or else created.")
@RegisterForReflection
public class ActorInput {

    @Description("Key of this actor inside the input, used by claims and relationships.")
    @NonNull
    public String ref;

    @Id
    @Description("ID of an existing actor; when given, the descriptive fields only add aliases.")
    public String id;

    @Description("Canonical name.")
    public String name;

    @Description("What sort of actor.")
    public ActorKind kind;

    @Description("ISO 3166-1 alpha-3 country code, where one applies.")
    public String countryCode;

    @Description("Other names, including capitals used for governments.")
    public List<@NonNull String> aliases = new ArrayList<>();

    @Description("Who the actor is, in a sentence or two.")
    public String description;

    @Description("`ref` of the actor this one is part of.")
    public String parent;
}
