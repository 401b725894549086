package app.claimgraph.extract;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import app.claimgraph.api.ApiError;
import app.claimgraph.security.Caller;
import app.claimgraph.ingest.IngestPayload;
import app.claimgraph.ingest.WriteGraphQL;

/** Reading reports: a proposal to review (`extract`), or read and stored in one step (`ingestText`). */
@GraphQLApi
public class ExtractGraphQL {

    @Inject
    Caller caller;
    @Inject
    Extractor extractor;
    @Inject
    WriteGraphQL writes;

    @Query("extract")
    @NonNull
    @Description("Reads a news report into proposed actors, claims (with evidence spans, claimant, relays, status, type, confidence and the rule that found each) and relationships, in the shape of `DocumentInput`. Writes nothing. Requires the editor role.")
    public Extraction extract(@NonNull @Name("input") @Description("The report.") TextInput input) throws ApiError {
        caller.requireEditor();
        return extractor.extract(input);
    }

    @Mutation("ingestText")
    @NonNull
    @Description("Reads a news report and stores what `extract` proposes, through `ingestDocument`: one transaction, idempotent (the same URL, or the same text without URL, again → UNCHANGED). Requires the editor role.")
    public IngestPayload ingestText(@NonNull @Name("input") @Description("The report.") TextInput input) throws ApiError {
        caller.requireEditor();
        return writes.ingestDocument(Documents.of(extractor.extract(input)));
    }
}
