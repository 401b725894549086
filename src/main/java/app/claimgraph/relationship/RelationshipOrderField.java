package app.claimgraph.relationship;

import org.eclipse.microprofile.graphql.Description;

@Description("Fields relationships can be ordered by.")
public enum RelationshipOrderField {
    @Description("By type name.")
    TYPE,
    @Description("By `since`; relationships without one come last in either direction.")
    SINCE
}
