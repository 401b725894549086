package app.claimgraph.ingest;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.actor.Actor;
import app.claimgraph.claim.Claim;
import app.claimgraph.document.Document;
import app.claimgraph.relationship.Relationship;

@Type("IngestPayload")
@Description("What `ingestDocument` did.")
public class IngestPayload {

    private final IngestOutcome outcome;
    private final Document document;
    private final List<Actor> createdActors;
    private final List<Actor> matchedActors;
    private final List<Claim> createdClaims;
    private final List<Claim> updatedClaims;
    private final int removedClaims;
    private final List<Relationship> createdRelationships;
    private final List<Relationship> updatedRelationships;
    private final int removedRelationships;
    private final List<String> warnings;

    public IngestPayload(IngestOutcome outcome, Document document, List<Actor> createdActors, List<Actor> matchedActors,
            List<Claim> createdClaims, List<Claim> updatedClaims, int removedClaims,
            List<Relationship> createdRelationships, List<Relationship> updatedRelationships, int removedRelationships,
            List<String> warnings) {
        this.outcome = outcome;
        this.document = document;
        this.createdActors = createdActors;
        this.matchedActors = matchedActors;
        this.createdClaims = createdClaims;
        this.updatedClaims = updatedClaims;
        this.removedClaims = removedClaims;
        this.createdRelationships = createdRelationships;
        this.updatedRelationships = updatedRelationships;
        this.removedRelationships = removedRelationships;
        this.warnings = warnings;
    }

    @NonNull
    @Description("CREATED, UPDATED (a changed version of a stored document) or UNCHANGED (nothing was written).")
    public IngestOutcome getOutcome() {
        return outcome;
    }

    @NonNull
    @Description("The stored document.")
    public Document getDocument() {
        return document;
    }

    @NonNull
    @Description("Actors the input described that did not exist yet.")
    public List<@NonNull Actor> getCreatedActors() {
        return createdActors;
    }

    @NonNull
    @Description("Existing actors the input referred to, by id or by name/alias.")
    public List<@NonNull Actor> getMatchedActors() {
        return matchedActors;
    }

    @NonNull
    @Description("Claims stored for the first time.")
    public List<@NonNull Claim> getCreatedClaims() {
        return createdClaims;
    }

    @NonNull
    @Description("Claims of a previous version of the document, updated in place.")
    public List<@NonNull Claim> getUpdatedClaims() {
        return updatedClaims;
    }

    @NonNull
    @Description("Claims of a previous version that the new one no longer makes, now deleted.")
    public int getRemovedClaims() {
        return removedClaims;
    }

    @NonNull
    @Description("Relationships stored for the first time.")
    public List<@NonNull Relationship> getCreatedRelationships() {
        return createdRelationships;
    }

    @NonNull
    @Description("Existing relationships this document also supports (status and dates take the input's values).")
    public List<@NonNull Relationship> getUpdatedRelationships() {
        return updatedRelationships;
    }

    @NonNull
    @Description("Relationships left without any supporting claim, now deleted.")
    public int getRemovedRelationships() {
        return removedRelationships;
    }

    @NonNull
    @Description("Things worth checking, e.g. \"actor 'Washington' matched 'United States' by alias\".")
    public List<@NonNull String> getWarnings() {
        return warnings;
    }
}
