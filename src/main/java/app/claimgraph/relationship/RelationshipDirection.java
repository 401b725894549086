package app.claimgraph.relationship;

import org.eclipse.microprofile.graphql.Description;

@Description("Which end of a relationship an actor is.")
public enum RelationshipDirection {
    @Description("The actor is the source (its own stances toward others).")
    OUTGOING,
    @Description("The actor is the target (others' stances toward it).")
    INCOMING,
    @Description("Either end.")
    ANY
}
