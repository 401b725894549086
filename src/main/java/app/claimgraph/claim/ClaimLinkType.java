package app.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("How one claim bears on another.")
public enum ClaimLinkType {
    @Description("The claim disputes the other, or the party concerned declines to confirm it.")
    CONTRADICTS,
    @Description("The claim supports the other (independent reporting, a consistent statement).")
    CORROBORATES
}
