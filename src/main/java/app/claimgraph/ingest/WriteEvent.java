package app.claimgraph.ingest;

import java.util.List;

/**
 * Fired inside a write transaction; observed after it commits (and only then) to feed the
 * subscriptions. Row ids: the document ingested (or null), claims added, relationships changed.
 */
public record WriteEvent(Long documentId, List<Long> claimsAdded, List<Long> relationshipsChanged) {
}
