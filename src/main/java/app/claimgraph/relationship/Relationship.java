package app.claimgraph.relationship;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.actor.Actor;
import app.claimgraph.node.GlobalId;
import app.claimgraph.node.Node;

@Type("Relationship")
@Description("A directed, typed edge between two actors (source → target), supported by at least one claim.")
public class Relationship implements Node {

    private final long rowId;
    private final String key;
    private final long sourceId;
    private final long targetId;
    private final RelationshipType type;
    private final RelationshipStatus status;
    private final LocalDate since;
    private final LocalDate until;
    private final String description;
    private Actor knownSource;
    private Actor knownTarget;

    Relationship(long rowId, String key, long sourceId, long targetId, RelationshipType type, RelationshipStatus status,
            LocalDate since, LocalDate until, String description) {
        this.rowId = rowId;
        this.key = key;
        this.sourceId = sourceId;
        this.targetId = targetId;
        this.type = type;
        this.status = status;
        this.since = since;
        this.until = until;
        this.description = description;
    }

    /** The relationship's natural key (not exposed: {@link #getId} encodes it). */
    String key() {
        return key;
    }

    @Override
    @Id
    @NonNull
    @Description("Global, opaque, stable ID of this relationship.")
    public String getId() {
        return GlobalId.encode(GlobalId.RELATIONSHIP, key);
    }

    @NonNull
    @Description("How the source stands toward the target.")
    public RelationshipType getType() {
        return type;
    }

    @Description("The CAMEO event code this type corresponds to (GDELT's coding), e.g. \"064\" for sharing intelligence; null where CAMEO has none.")
    public String getCameoCode() {
        return type.cameoCode();
    }

    @NonNull
    @Description("Whether the relationship holds: ACTIVE, SUSPENDED, ENDED or ALLEGED.")
    public RelationshipStatus getStatus() {
        return status;
    }

    @Description("Since when it holds, if the reporting says.")
    public LocalDate getSince() {
        return since;
    }

    @Description("Until when it held, if it ended and the reporting says when.")
    public LocalDate getUntil() {
        return until;
    }

    @Description("A short human-readable account of the relationship.")
    public String getDescription() {
        return description;
    }

    /** Database row id (not exposed). */
    public long rowId() {
        return rowId;
    }

    public long sourceId() {
        return sourceId;
    }

    public long targetId() {
        return targetId;
    }

    /** Records the rows of the two ends, read with this relationship; an actor that is not the end is ignored. */
    void endsRead(Actor source, Actor target) {
        if (source != null && source.rowId() == sourceId) {
            knownSource = source;
        }
        if (target != null && target.rowId() == targetId) {
            knownTarget = target;
        }
    }

    /** The source's row if it was read with this relationship, else null (not exposed). */
    Actor knownSource() {
        return knownSource;
    }

    /** The target's row if it was read with this relationship, else null (not exposed). */
    Actor knownTarget() {
        return knownTarget;
    }
}
