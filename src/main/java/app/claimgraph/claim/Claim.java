package app.claimgraph.claim;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.actor.Actor;
import app.claimgraph.node.GlobalId;
import app.claimgraph.node.Node;

@Type("Claim")
@Description("One assertion found in a document: who asserts what about whom, relayed by whom, with what verdict, pointing at the exact characters that support it.")
public class Claim implements Node {

    private final long rowId;
    private final String key;
    private final long documentId;
    private final Long claimantId;
    private final String text;
    private final String quote;
    private final ClaimType type;
    private final ClaimStatus status;
    private final LocalDate statedOn;
    private final DatePrecision datePrecision;
    private final String dateNote;
    private final Double confidence;
    // The claimant's row when the page that read this claim already had it (claimsMade: the parent),
    // so that `claimant` costs no statement for it; set once, before the claim is returned.
    private Actor knownClaimant;

    Claim(long rowId, String key, long documentId, Long claimantId, String text, String quote, ClaimType type,
            ClaimStatus status, LocalDate statedOn, DatePrecision datePrecision, String dateNote, Double confidence) {
        this.rowId = rowId;
        this.key = key;
        this.documentId = documentId;
        this.claimantId = claimantId;
        this.text = text;
        this.quote = quote;
        this.type = type;
        this.status = status;
        this.statedOn = statedOn;
        this.datePrecision = datePrecision;
        this.dateNote = dateNote;
        this.confidence = confidence;
    }

    @Override
    @Id
    @NonNull
    @Description("Global, opaque, stable ID of this claim.")
    public String getId() {
        return GlobalId.encode(GlobalId.CLAIM, key);
    }

    @NonNull
    @Description("A neutral one-sentence statement of what is asserted.")
    public String getText() {
        return text;
    }

    @Description("The verbatim words, when the claim is a direct quotation.")
    public String getQuote() {
        return quote;
    }

    @NonNull
    @Description("The speech act: report, statement, accusation …")
    public ClaimType getType() {
        return type;
    }

    @NonNull
    @Description("The verdict, e.g. REPORTED (relayed, not confirmed) or UNCONFIRMED (the party concerned has not confirmed it).")
    public ClaimStatus getStatus() {
        return status;
    }

    @Description("When the claim was asserted, if the text says; read with `datePrecision` and `dateNote`.")
    public LocalDate getStatedOn() {
        return statedOn;
    }

    @Description("How much of `statedOn` the text gives.")
    public DatePrecision getDatePrecision() {
        return datePrecision;
    }

    @Description("How `statedOn` was established when the text does not give it whole (e.g. a day and month without a year).")
    public String getDateNote() {
        return dateNote;
    }

    @Description("Estimated probability (0–1) that the claim was made as described, where one was estimated.")
    public Double getConfidence() {
        return confidence;
    }

    /** The natural key (the global ID without its type), for lookups by key. */
    String key() {
        return key;
    }

    /** Database row id (not exposed). */
    public long rowId() {
        return rowId;
    }

    public long documentId() {
        return documentId;
    }

    public Long claimantId() {
        return claimantId;
    }

    /** Records the claimant's row, read by the page this claim came from; ignored if it is not the claimant. */
    void claimantRead(Actor actor) {
        if (claimantId != null && actor != null && actor.rowId() == claimantId) {
            knownClaimant = actor;
        }
    }

    /** The claimant's row if it was read with this claim, else null (not exposed). */
    Actor knownClaimant() {
        return knownClaimant;
    }
}
