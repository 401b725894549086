package app.claimgraph.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.node.GlobalId;
import app.claimgraph.node.Node;

@Type("Actor")
@Description("A state, government, body, organisation, person, media outlet, group or anonymous source that makes claims, is the subject of claims, or stands in relationships.")
public class Actor implements Node {

    private final long rowId;
    private final String key;
    private final String name;
    private final ActorKind kind;
    private final String countryCode;
    private final String description;
    private final Long parentId;

    private Actor(ActorEntity e) {
        this.rowId = e.id;
        this.key = e.key;
        this.name = e.name;
        this.kind = e.kind;
        this.countryCode = e.countryCode;
        this.description = e.description;
        this.parentId = e.parentId;
    }

    public static Actor from(ActorEntity e) {
        return new Actor(e);
    }

    @Override
    @Id
    @NonNull
    @Description("Global, opaque, stable ID of this actor.")
    public String getId() {
        return GlobalId.encode(GlobalId.ACTOR, key);
    }

    @NonNull
    @Description("Canonical name, e.g. \"United Kingdom\", \"Nicolás Maduro\".")
    public String getName() {
        return name;
    }

    @NonNull
    @Description("What sort of actor this is.")
    public ActorKind getKind() {
        return kind;
    }

    @Description("ISO 3166-1 alpha-3 code of the country the actor belongs to (GBR, USA, VEN, RUS), where one applies.")
    public String getCountryCode() {
        return countryCode;
    }

    @Description("One or two sentences on who this actor is.")
    public String getDescription() {
        return description;
    }

    /** Database row id (not exposed). */
    public long rowId() {
        return rowId;
    }

    /** Row id of the parent actor (not exposed; see the batched {@code parent} field). */
    public Long parentId() {
        return parentId;
    }
}
