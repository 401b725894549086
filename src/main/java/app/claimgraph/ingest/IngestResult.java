package app.claimgraph.ingest;

import java.util.List;

/** What one ingestion did; ids are row ids, turned into objects by the GraphQL layer. */
public record IngestResult(long documentId, Outcome outcome, List<Long> actorsCreated, List<Long> actorsMatched,
        List<Long> claimsCreated, List<Long> claimsUpdated, int claimsRemoved, List<Long> relationshipsCreated,
        List<Long> relationshipsUpdated, int relationshipsRemoved, List<String> warnings) {

    public enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }
}
