package app.claimgraph.change;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.node.GlobalId;

@Type("Change")
@Description("One recorded change: who changed which object, when, and its fields before and after.")
public class Change {

    private final ChangeEntity e;

    private Change(ChangeEntity e) {
        this.e = e;
    }

    public static Change from(ChangeEntity e) {
        return new Change(e);
    }

    @NonNull
    @Description("When the change was committed (UTC).")
    public OffsetDateTime getAt() {
        return e.changedAt;
    }

    @NonNull
    @Description("Who made it: the subject of the caller's token (`seed` for the shipped dataset).")
    public String getBy() {
        return e.changedBy;
    }

    @NonNull
    @Description("The type of the changed object: Actor, Claim, Relationship or Document.")
    public String getEntityType() {
        return e.entityType;
    }

    @Id
    @NonNull
    @Description("ID of the changed object (it may no longer exist).")
    public String getEntityId() {
        return GlobalId.encode(e.entityType, e.entityKey);
    }

    @NonNull
    @Description("What the change did.")
    public ChangeAction getAction() {
        return e.action;
    }

    @Description("The changed fields before, as a JSON object; null for a creation.")
    public String getBefore() {
        return e.before;
    }

    @Description("The changed fields after, as a JSON object; null for a deletion.")
    public String getAfter() {
        return e.after;
    }

    @Description("The reason the editor gave, if any.")
    public String getNote() {
        return e.note;
    }
}
