package app.claimgraph.graph;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.claim.Claim;
import app.claimgraph.relationship.Relationship;

@Type("TimelineItem")
@Description("One dated (or undated) event: a claim, or a relationship beginning or ending.")
public class TimelineItem {

    private final LocalDate date;
    private final TimelineItemKind kind;
    private final Claim claim;
    private final Relationship relationship;

    public TimelineItem(LocalDate date, TimelineItemKind kind, Claim claim, Relationship relationship) {
        this.date = date;
        this.kind = kind;
        this.claim = claim;
        this.relationship = relationship;
    }

    @Description("When; null when the reporting gives no date (such items come last).")
    public LocalDate getDate() {
        return date;
    }

    @NonNull
    @Description("What happened.")
    public TimelineItemKind getKind() {
        return kind;
    }

    @Description("The claim, for CLAIM items.")
    public Claim getClaim() {
        return claim;
    }

    @Description("The relationship, for RELATIONSHIP_STARTED and RELATIONSHIP_ENDED items.")
    public Relationship getRelationship() {
        return relationship;
    }
}
