package app.claimgraph.graph;

import org.eclipse.microprofile.graphql.Description;

@Description("What a timeline item is.")
public enum TimelineItemKind {
    @Description("A claim, dated by when it was stated.")
    CLAIM,
    @Description("A relationship began (its `since`).")
    RELATIONSHIP_STARTED,
    @Description("A relationship ended (its `until`).")
    RELATIONSHIP_ENDED
}
