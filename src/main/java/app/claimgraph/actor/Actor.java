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

    Actor(long rowId, String key, String name, ActorKind kind, String countryCode, String description, Long parentId) {
        this.rowId = rowId;
        this.key = key;
        this.name = name;
        this.kind = kind;
        this.countryCode = countryCode;
        this.description = description;
        this.parentId = parentId;
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

    /** The actor's natural key (not exposed: {@link #getId} encodes it). */
    String key() {
        return key;
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
