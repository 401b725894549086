package app.claimgraph.ingest;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import app.claimgraph.actor.Actor;
import app.claimgraph.actor.ActorRepository;
import app.claimgraph.claim.Claim;
import app.claimgraph.claim.ClaimLinkType;
import app.claimgraph.claim.ClaimRepository;
import app.claimgraph.claim.ClaimStatus;
import app.claimgraph.document.DocumentRepository;
import app.claimgraph.api.ApiError;
import app.claimgraph.security.Caller;
import app.claimgraph.relationship.Relationship;
import app.claimgraph.relationship.RelationshipRepository;

/** The mutations. Every one requires an authenticated caller with the editor role. */
@GraphQLApi
public class WriteGraphQL {

    /** SQL states of a lost race: lock timeout (H2), serialization failure, deadlock, lock not available, unique key. */
    private static final Set<String> RETRYABLE = Set.of("HYT00", "40001", "40P01", "55P03", "23505");

    @Inject
    Caller caller;
    @Inject
    IngestService ingest;
    @Inject
    CurationService curation;
    @Inject
    ActorCuration actorCuration;
    @Inject
    ActorRepository actors;
    @Inject
    ClaimRepository claims;
    @Inject
    RelationshipRepository relationships;
    @Inject
    DocumentRepository documents;

    @Mutation("ingestDocument")
    @NonNull
    @Description("Stores a document with its actors, claims and relationships in one transaction, or nothing. Idempotent: the same document again changes nothing; a changed version (same URL, or same text without URL) is updated in place. Requires the editor role.")
    public IngestPayload ingestDocument(@NonNull @Name("input") @Description("The document and what was extracted from it.") DocumentInput input)
            throws ApiError {
        String by = caller.requireEditor();
        IngestResult r = guarded(() -> ingest.ingest(input, by));
        return new IngestPayload(IngestOutcome.valueOf(r.outcome().name()),
                documents.documentsByIds(List.of(r.documentId())).get(r.documentId()),
                ordered(r.actorsCreated(), actors::actorsByIds), ordered(r.actorsMatched(), actors::actorsByIds),
                ordered(r.claimsCreated(), claims::claimsByIds), ordered(r.claimsUpdated(), claims::claimsByIds),
                r.claimsRemoved(), ordered(r.relationshipsCreated(), relationships::relationshipsByIds),
                ordered(r.relationshipsUpdated(), relationships::relationshipsByIds), r.relationshipsRemoved(),
                r.warnings());
    }

    @Mutation("upsertActor")
    @NonNull
    @Description("Creates an actor or updates one (by `id`, else by name or alias with the same kind and country). Requires the editor role.")
    public UpsertActorPayload upsertActor(@NonNull @Name("input") @Description("The actor's fields.") ActorUpsertInput input)
            throws ApiError {
        String by = caller.requireEditor();
        ActorCuration.Upserted r = guarded(() -> actorCuration.upsertActor(input, by));
        return new UpsertActorPayload(actors.actorsByIds(List.of(r.actorId())).get(r.actorId()), r.created());
    }

    @Mutation("mergeActors")
    @NonNull
    @Description("Merges duplicates into one actor: their claims, aliases, relationships and references move to `keep`, and their IDs keep resolving to it. Requires the editor role.")
    public Actor mergeActors(@NonNull @Id @Name("keep") @Description("The actor that remains.") String keep,
            @NonNull @Name("merge") @Description("The actors merged into it and removed.") List<@NonNull String> merge)
            throws ApiError {
        String by = caller.requireEditor();
        long id = guarded(() -> actorCuration.mergeActors(keep, merge, by));
        return actors.actorsByIds(List.of(id)).get(id);
    }

    @Mutation("updateClaimStatus")
    @NonNull
    @Description("Sets a claim's verdict (e.g. REPORTED → CONFIRMED once the party concerned confirms). Recorded with the note. Requires the editor role.")
    public Claim updateClaimStatus(@NonNull @Id @Name("id") @Description("The claim.") String id,
            @NonNull @Name("status") @Description("The new status.") ClaimStatus status,
            @Name("note") @Description("Why; shown in the change history.") String note) throws ApiError {
        String by = caller.requireEditor();
        long row = guarded(() -> curation.updateClaimStatus(id, status, note, by));
        return claims.claimsByIds(List.of(row)).get(row);
    }

    @Mutation("updateRelationship")
    @NonNull
    @Description("Changes a relationship's status and dates. Requires the editor role.")
    public Relationship updateRelationship(@NonNull @Id @Name("id") @Description("The relationship.") String id,
            @NonNull @Name("input") @Description("The new values.") RelationshipUpdateInput input) throws ApiError {
        String by = caller.requireEditor();
        long row = guarded(() -> curation.updateRelationship(id, input, by));
        return relationships.relationshipsByIds(List.of(row)).get(row);
    }

    @Mutation("linkClaims")
    @NonNull
    @Description("Records that one claim contradicts or corroborates another (e.g. a denial against a report). Requires the editor role.")
    public Claim linkClaims(@NonNull @Id @Name("from") @Description("The claim that bears on the other.") String from,
            @NonNull @Id @Name("to") @Description("The claim it bears on.") String to,
            @NonNull @Name("type") @Description("How.") ClaimLinkType type) throws ApiError {
        return setLink(from, to, type, true);
    }

    @Mutation("unlinkClaims")
    @NonNull
    @Description("Removes a link set by `linkClaims` or ingestion. Requires the editor role.")
    public Claim unlinkClaims(@NonNull @Id @Name("from") @Description("The claim that bore on the other.") String from,
            @NonNull @Id @Name("to") @Description("The claim it bore on.") String to,
            @NonNull @Name("type") @Description("Which link.") ClaimLinkType type) throws ApiError {
        return setLink(from, to, type, false);
    }

    private Claim setLink(String from, String to, ClaimLinkType type, boolean present) throws ApiError {
        String by = caller.requireEditor();
        long row = guarded(() -> curation.setClaimLink(from, to, type, present, by));
        return claims.claimsByIds(List.of(row)).get(row);
    }

    @Mutation("deleteDocument")
    @NonNull
    @Description("Deletes a document and its claims; relationships left without evidence are deleted too. Requires the editor role.")
    public DeleteDocumentPayload deleteDocument(@NonNull @Id @Name("id") @Description("The document.") String id)
            throws ApiError {
        String by = caller.requireEditor();
        int removed = guarded(() -> curation.deleteDocument(id, by));
        return new DeleteDocumentPayload(id, removed);
    }

    private static <T> List<T> ordered(List<Long> ids, Function<Collection<Long>, Map<Long, T>> load) {
        Map<Long, T> byId = load.apply(ids);
        return ids.stream().map(byId::get).filter(x -> x != null).toList();
    }

    /** Runs one write transaction, turning its failures into client errors where they are the client's. */
    private static <T> T guarded(Callable<T> write) throws ApiError {
        try {
            return write.call();
        } catch (InputRejected e) {
            throw ApiError.rejected(e.problems().stream()
                    .map(p -> Map.of("path", p.path(), "message", p.message())).toList());
        } catch (Exception e) {
            if (retryable(e)) {
                throw new ApiError(ApiError.CONFLICT, "Another write was in progress and this one could not complete;"
                        + " nothing was written. Send the same request again.", Map.of("retryable", true));
            }
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
    }

    private static boolean retryable(Throwable t) {
        for (int depth = 0; t != null && depth < 12; depth++, t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && RETRYABLE.contains(sql.getSQLState())) {
                return true;
            }
            if (t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof org.hibernate.exception.LockAcquisitionException) {
                return true;
            }
        }
        return false;
    }
}
