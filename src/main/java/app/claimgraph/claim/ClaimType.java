package app.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("The speech act a claim is.")
public enum ClaimType {
    @Description("A report of a fact or event.")
    REPORT,
    @Description("A statement made by the claimant, often quoted.")
    STATEMENT,
    @Description("An accusation against the subjects.")
    ACCUSATION,
    @Description("A condemnation of the subjects or their actions.")
    CONDEMNATION,
    @Description("A warning about a risk or consequence.")
    WARNING,
    @Description("An assessment, analysis or interpretation.")
    ASSESSMENT,
    @Description("A denial of another claim.")
    DENIAL,
    @Description("A formal resolution adopted by a body.")
    RESOLUTION,
    @Description("A policy or measure taken or announced.")
    POLICY,
    @Description("A belief, fear or expectation the claimant holds (\"believes\", \"thinks\", \"fears\", \"is confident that\").")
    BELIEF,
    @Description("An intention, wish or plan the claimant has (\"wants\", \"plans\", \"hopes\", \"seeks\").")
    INTENTION
}
