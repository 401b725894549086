package app.claimgraph.ingest;

import java.util.List;

/** What one ingestion did. */
public record IngestResult(String documentKey, Outcome outcome, int actorsCreated, int actorsMatched,
        int claimsCreated, int claimsUpdated, int claimsRemoved, int relationshipsCreated,
        int relationshipsUpdated, int relationshipsRemoved, List<String> warnings) {

    public enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }
}
