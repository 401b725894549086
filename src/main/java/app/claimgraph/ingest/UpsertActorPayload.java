package app.claimgraph.ingest;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.actor.Actor;

@Type("UpsertActorPayload")
@Description("What `upsertActor` did.")
public class UpsertActorPayload {

    private final Actor actor;
    private final boolean created;

    public UpsertActorPayload(Actor actor, boolean created) {
        this.actor = actor;
        this.created = created;
    }

    @NonNull
    @Description("The actor as stored now.")
    public Actor getActor() {
        return actor;
    }

    @NonNull
    @Description("True when a new actor was created, false when an existing one was updated.")
    public boolean getCreated() {
        return created;
    }
}
