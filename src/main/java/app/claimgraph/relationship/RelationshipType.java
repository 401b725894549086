package app.claimgraph.relationship;

import org.eclipse.microprofile.graphql.Description;

/** Edge types, each mapped to the CAMEO event code it corresponds to (null where CAMEO has none). */
@Description("How the source actor stands toward the target actor.")
public enum RelationshipType {
    @Description("Cooperates with the target in general (CAMEO 06).")
    COOPERATES_WITH("06"),
    @Description("Shares intelligence or information with the target (CAMEO 064).")
    SHARES_INTELLIGENCE_WITH("064"),
    @Description("Has suspended or reduced cooperation with the target (CAMEO 16).")
    SUSPENDS_COOPERATION_WITH("16"),
    @Description("Is formally allied with the target (CAMEO 05).")
    ALLIED_WITH("05"),
    @Description("Is politically aligned with the target without a formal alliance (CAMEO 05).")
    ALIGNED_WITH("05"),
    @Description("Supports or aids the target (CAMEO 07).")
    SUPPORTS("07"),
    @Description("Opposes the target or its policies (CAMEO 12).")
    OPPOSES("12"),
    @Description("Accuses the target (CAMEO 112).")
    ACCUSES("112"),
    @Description("Condemns or denounces the target (CAMEO 111).")
    CONDEMNS("111"),
    @Description("Threatens the target (CAMEO 13).")
    THREATENS("13"),
    @Description("Imposes sanctions on the target (CAMEO 163).")
    SANCTIONS("163"),
    @Description("Uses force against the target (CAMEO 19).")
    USES_FORCE_AGAINST("19"),
    @Description("Leads the target (a person leading a government). No CAMEO code.")
    LEADS(null),
    @Description("Is part of the target. No CAMEO code; the actor's `parent` usually says this.")
    PART_OF(null),
    @Description("Reports on the target (a media outlet covering an actor). No CAMEO code.")
    REPORTS_ON(null);

    private final String cameoCode;

    RelationshipType(String cameoCode) {
        this.cameoCode = cameoCode;
    }

    public String cameoCode() {
        return cameoCode;
    }
}
