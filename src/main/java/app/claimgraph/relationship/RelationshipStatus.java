package app.claimgraph.relationship;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether a relationship holds.")
public enum RelationshipStatus {
    @Description("In effect.")
    ACTIVE,
    @Description("Interrupted, expected to resume or be decided (intelligence sharing halted).")
    SUSPENDED,
    @Description("Over.")
    ENDED,
    @Description("Claimed by some party but not established (unconfirmed strikes).")
    ALLEGED
}
