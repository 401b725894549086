package app.claimgraph.live;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

import app.claimgraph.actor.ActorEntity;
import app.claimgraph.actor.ActorRepository;
import app.claimgraph.claim.Claim;
import app.claimgraph.claim.ClaimFilter;
import app.claimgraph.document.Document;
import app.claimgraph.document.DocumentRepository;
import app.claimgraph.api.ApiError;
import app.claimgraph.node.GlobalId;
import app.claimgraph.api.Text;
import app.claimgraph.live.LiveUpdates.AddedClaim;
import app.claimgraph.relationship.Relationship;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/** Live updates over WebSocket (graphql-transport-ws at /graphql), after each commit. */
@GraphQLApi
public class SubscriptionGraphQL {

    /** Row id no actor has: a filter naming an unknown actor matches nothing. */
    private static final long NOBODY = -1;

    @Inject
    LiveUpdates live;
    @Inject
    ActorRepository actors;
    @Inject
    DocumentRepository documents;

    @Subscription("claimAdded")
    @Description("Claims as they are added (by ingestion), those matching the filter only.")
    public Multi<Claim> claimAdded(@Name("filter") @Description("Same conditions as `claims(filter:)`.") ClaimFilter filter)
            throws ApiError {
        checkIds(filter);
        // Subscriptions start on the I/O thread: look the filter's IDs up on a worker.
        return onWorker(() -> {
            Predicate<AddedClaim> test = matcher(filter);
            return live.claims().filter(test).map(AddedClaim::claim);
        });
    }

    /** Malformed IDs are refused at once, before anything is looked up. */
    private static void checkIds(ClaimFilter f) throws ApiError {
        if (f == null) {
            return;
        }
        for (String[] arg : new String[][] { { f.claimant, "filter.claimant" }, { f.subject, "filter.subject" },
                { f.reporter, "filter.reporter" } }) {
            if (arg[0] != null) {
                GlobalId.decodeKey(arg[0], GlobalId.ACTOR, arg[1]);
            }
        }
        if (f.document != null) {
            GlobalId.decodeKey(f.document, GlobalId.DOCUMENT, "filter.document");
        }
    }

    /**
     * Runs a subscription's set-up on a worker, in a transaction of its own: the subscriptions of one
     * WebSocket connection start concurrently and must not share that connection's session.
     */
    private static <T> Multi<T> onWorker(Callable<Multi<T>> start) {
        return Multi.createFrom().deferred(() -> {
            try {
                return QuarkusTransaction.requiringNew().call(start);
            } catch (RuntimeException e) {
                Throwable cause = e.getCause() instanceof ApiError api ? api : e;
                return Multi.createFrom().<T>failure(cause);
            } catch (Exception e) {
                return Multi.createFrom().<T>failure(e);
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @Subscription("relationshipChanged")
    @Description("Relationships as they are created or changed (status, dates, evidence, a merge of their actors).")
    public Multi<Relationship> relationshipChanged(
            @Id @Name("actor") @Description("Only relationships with this actor at either end.") String actor) throws ApiError {
        if (actor == null) {
            return live.relationships();
        }
        String key = GlobalId.decodeKey(actor, GlobalId.ACTOR, "actor");
        return onWorker(() -> {
            long id = actors.byKeyOrRedirect(key).map(e -> e.id).orElse(NOBODY);
            return live.relationships().filter(r -> r.sourceId() == id || r.targetId() == id);
        });
    }

    @Subscription("documentIngested")
    @Description("Documents as they are ingested (created or updated).")
    public Multi<Document> documentIngested() {
        return live.documents();
    }

    /** The claim filter of the list query, evaluated on each new claim. */
    private Predicate<AddedClaim> matcher(ClaimFilter f) throws ApiError {
        Predicate<AddedClaim> p = c -> true;
        if (f == null) {
            return p;
        }
        if (f.claimant != null) {
            long id = actorRow(f.claimant, "filter.claimant");
            p = p.and(c -> c.claimant() != null && c.claimant() == id);
        }
        if (f.subject != null) {
            long id = actorRow(f.subject, "filter.subject");
            p = p.and(c -> c.subjects().contains(id));
        }
        if (f.reporter != null) {
            long id = actorRow(f.reporter, "filter.reporter");
            p = p.and(c -> c.reporters().contains(id));
        }
        if (f.types != null && !f.types.isEmpty()) {
            Set<?> types = Set.copyOf(f.types);
            p = p.and(c -> types.contains(c.claim().getType()));
        }
        if (f.statuses != null && !f.statuses.isEmpty()) {
            Set<?> statuses = Set.copyOf(f.statuses);
            p = p.and(c -> statuses.contains(c.claim().getStatus()));
        }
        if (f.statedFrom != null) {
            p = p.and(c -> c.statedOn() != null && !c.statedOn().isBefore(f.statedFrom));
        }
        if (f.statedTo != null) {
            p = p.and(c -> c.statedOn() != null && !c.statedOn().isAfter(f.statedTo));
        }
        if (f.document != null) {
            String key = GlobalId.decodeKey(f.document, GlobalId.DOCUMENT, "filter.document");
            long id = documents.byKey(key).map(d -> d.id).orElse(NOBODY);
            p = p.and(c -> c.claim().documentId() == id);
        }
        if (f.text != null && !f.text.isBlank()) {
            String needle = Text.fold(f.text);
            p = p.and(c -> c.textNorm() != null && c.textNorm().contains(needle));
        }
        return p;
    }

    private long actorRow(String id, String argument) throws ApiError {
        Optional<ActorEntity> a = actors.byKeyOrRedirect(GlobalId.decodeKey(id, GlobalId.ACTOR, argument));
        return a.map(e -> e.id).orElse(NOBODY);
    }
}
