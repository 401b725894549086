package app.claimgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Input;

import app.claimgraph.claim.ClaimStatus;
import app.claimgraph.claim.ClaimType;
import app.claimgraph.claim.DatePrecision;
import io.quarkus.runtime.annotations.RegisterForReflection;

@Input("ClaimInput")
@Description("A claim of the document.")
@RegisterForReflection
public class ClaimInput {

    @Description("Key of this claim inside its document; stable across re-ingestion of a changed version.")
    @NonNull
    public String ref;

    @Description("A neutral one-sentence statement of what is asserted.")
    @NonNull
    public String text;

    @Description("The verbatim words, when a direct quotation.")
    public String quote;

    @Description("The speech act.")
    @NonNull
    public ClaimType type;

    @Description("The verdict.")
    @NonNull
    public ClaimStatus status;

    @Description("`ref` of the actor asserting it; omit when the text gives nobody.")
    public String claimant;

    @Description("`ref`s of the relaying actors, outermost first.")
    public List<@NonNull String> reportedBy = new ArrayList<>();

    @Description("`ref`s of the actors it is about.")
    public List<@NonNull String> subjects = new ArrayList<>();

    @Description("When it was asserted, if the text says.")
    public LocalDate statedOn;

    @Description("How much of `statedOn` the text gives.")
    public DatePrecision datePrecision;

    @Description("How `statedOn` was established when the text does not give it whole.")
    public String dateNote;

    @Description("Estimated probability (0–1), if estimated.")
    public Double confidence;

    @Description("The spans of the text that support it (at least one).")
    @NonNull
    public List<@NonNull SpanInput> evidence = new ArrayList<>();

    @Description("Claims this one disputes: `ref`s of claims in this input, or IDs of stored claims.")
    public List<@NonNull String> contradicts = new ArrayList<>();

    @Description("Claims this one supports: `ref`s of claims in this input, or IDs of stored claims.")
    public List<@NonNull String> corroborates = new ArrayList<>();
}
