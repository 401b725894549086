package app.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("The verdict on a claim, as the reporting supports it (schema.org ClaimReview's rating, kept as data).")
public enum ClaimStatus {
    @Description("Stated by the claimant in its own name.")
    ASSERTED,
    @Description("Relayed by others and not confirmed by the party concerned.")
    REPORTED,
    @Description("Confirmed by the party concerned.")
    CONFIRMED,
    @Description("The party concerned has explicitly not confirmed it.")
    UNCONFIRMED,
    @Description("Contested by another party.")
    DISPUTED,
    @Description("Denied by the party concerned.")
    DENIED
}
