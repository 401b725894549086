package app.claimgraph.ingest;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import app.claimgraph.actor.ActorKind;
import io.quarkus.runtime.annotations.RegisterForReflection;

@Input("ActorUpsertInput")
@Description("Creates an actor, or updates one: the actor with `id`, else the one with this name or alias, kind and country. Fields left out are kept.")
@RegisterForReflection
public class ActorUpsertInput {

    @Id
    @Description("The actor to update; leave out to create or match by name.")
    public String id;

    @Description("Canonical name (required to create).")
    public String name;

    @Description("Kind (required to create).")
    public ActorKind kind;

    @Description("ISO 3166-1 alpha-3 country code.")
    public String countryCode;

    @Description("Replaces the aliases when given.")
    public List<@NonNull String> aliases;

    @Description("Who the actor is.")
    public String description;

    @Id
    @Description("ID of the actor this one is part of.")
    public String parent;
}
