package app.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.claim.ClaimStatus;
import app.claimgraph.claim.ClaimType;
import app.claimgraph.claim.DatePrecision;
import app.claimgraph.claim.TextSpan;
import io.quarkus.runtime.annotations.RegisterForReflection;

@Type("ExtractedClaim")
@Description("A proposed claim, with the fields of `ClaimInput` and what produced it.")
@RegisterForReflection
public class ExtractedClaim {

    @NonNull
    @Description("Key of this claim inside the proposal.")
    public String ref;

    @NonNull
    @Description("What is asserted: the evidence's words.")
    public String text;

    @Description("The verbatim words, when the claim holds a direct quotation.")
    public String quote;

    @NonNull
    @Description("The speech act.")
    public ClaimType type;

    @NonNull
    @Description("The verdict the text gives it.")
    public ClaimStatus status;

    @Description("`ref` of the actor asserting it; null for the writer's own narration.")
    public String claimant;

    @NonNull
    @Description("`ref`s of the relaying actors, outermost first.")
    public List<@NonNull String> reportedBy = new ArrayList<>();

    @NonNull
    @Description("`ref`s of the actors it is about.")
    public List<@NonNull String> subjects = new ArrayList<>();

    @Description("When it was asserted, if the text says.")
    public LocalDate statedOn;

    @Description("How much of `statedOn` the text gives.")
    public DatePrecision datePrecision;

    @Description("How `statedOn` was established when the text does not give it whole.")
    public String dateNote;

    @NonNull
    @Description("How sure the reader is of the attribution (0–1).")
    public double confidence;

    @NonNull
    @Description("The spans of the text that hold it.")
    public List<@NonNull TextSpan> evidence = new ArrayList<>();

    @NonNull
    @Description("The rule that produced it, e.g. `cue:mention` (a speech verb after a named speaker), `according:source`, `citing:motive`, `narration:verb:accused`.")
    public String rule;

    @Description("The words in the text that name the claimant for this claim (\"he\", \"the department\", \"two diplomats briefed on the talks\"), beside the resolved `claimant`; null when the claimant is not named in the claim's words (narration, a speaker carried over from an earlier clause).")
    public TextSpan source;

    @Description("The cue (speech verb, \"according to\", \"adopted\") that made it, with its span; null for narration.")
    public TextSpan cue;
}
