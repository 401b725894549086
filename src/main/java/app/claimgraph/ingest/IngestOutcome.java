package app.claimgraph.ingest;

import org.eclipse.microprofile.graphql.Description;

@Description("What ingesting a document did.")
public enum IngestOutcome {
    @Description("The document was new and is now stored.")
    CREATED,
    @Description("A document with the same URL (or, without URL, the same text) was stored; it is updated in place.")
    UPDATED,
    @Description("The same document was already stored unchanged; nothing was written.")
    UNCHANGED
}
