package app.claimgraph.change;

import org.eclipse.microprofile.graphql.Description;

@Description("What a change did to its object.")
public enum ChangeAction {
    @Description("The object was created.")
    CREATED,
    @Description("Some of its fields changed (see `before` and `after`).")
    UPDATED,
    @Description("The object was deleted.")
    DELETED,
    @Description("The actor was merged into another (see `after.mergedInto`).")
    MERGED
}
