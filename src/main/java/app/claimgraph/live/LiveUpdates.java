package app.claimgraph.live;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import app.claimgraph.api.ApiError;
import io.smallrye.mutiny.subscription.BackPressureFailure;

import app.claimgraph.claim.Claim;
import app.claimgraph.claim.ClaimRepository;
import app.claimgraph.document.Document;
import app.claimgraph.document.DocumentRepository;
import app.claimgraph.ingest.WriteEvent;
import app.claimgraph.relationship.Relationship;
import app.claimgraph.relationship.RelationshipRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Feeds the subscriptions. Writers fire a {@link WriteEvent} inside their transaction; it is
 * observed only after a successful commit, so subscribers never see data that was rolled back.
 */
@ApplicationScoped
public class LiveUpdates {

    private static final Logger LOG = Logger.getLogger(LiveUpdates.class);

    /** A new claim with what filters test, loaded once per commit for all subscribers. */
    public record AddedClaim(Claim claim, Set<Long> subjects, Set<Long> reporters, String textNorm) {
        public Long claimant() {
            return claim.claimantId();
        }

        public LocalDate statedOn() {
            return claim.getStatedOn();
        }
    }

    @Inject
    Vertx vertx;
    private volatile Context emitter;

    private synchronized Context emitter() {
        if (emitter == null) {
            // created from a thread that is not Vert.x's: a fresh context, not the writer's request context
            CompletableFuture<Context> created = new CompletableFuture<>();
            Thread t = new Thread(() -> created.complete(vertx.getOrCreateContext()), "live-updates-init");
            t.start();
            emitter = created.join();
        }
        return emitter;
    }

    private final BroadcastProcessor<AddedClaim> claims = BroadcastProcessor.create();
    private final BroadcastProcessor<Relationship> relationships = BroadcastProcessor.create();
    private final BroadcastProcessor<Document> documents = BroadcastProcessor.create();
    private final AtomicInteger subscribers = new AtomicInteger();
    /** The code a subscription ends with when its subscriber cannot keep up. */
    public static final String TOO_SLOW = "SUBSCRIBER_TOO_SLOW";
    @ConfigProperty(name = "claimgraph.subscriptions.buffer", defaultValue = "10000")
    int buffer;

    @Inject
    ClaimRepository claimRepository;
    @Inject
    RelationshipRepository relationshipRepository;
    @Inject
    DocumentRepository documentRepository;

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) WriteEvent event) {
        publish(event);
    }

    /** Loads what a committed write changed and hands it to the subscribers (also for other instances' writes). */
    public void publish(WriteEvent event) {
        try {
            // load in a transaction of its own; hand over to subscribers only once it is closed, as
            // their own fields are resolved later, with their own database access
            List<Runnable> emissions = QuarkusTransaction.requiringNew().call(() -> load(event));
            // Subscribers resolve their fields while the event is emitted. Not on this thread: it still
            // carries the writer's finished transaction and request, which those reads must not inherit.
            // A Vert.x context of its own (SmallRye dispatches the fields' blocking work through one), used
            // in order, so subscribers see events in commit order.
            emitter().executeBlocking(() -> {
                emissions.forEach(Runnable::run);
                return null;
            }, true);
        } catch (RuntimeException e) {
            // the write is committed; a failed notification must not turn it into an error
            LOG.error("could not publish live updates", e);
        }
    }

    private List<Runnable> load(WriteEvent event) {
        List<Runnable> out = new java.util.ArrayList<>();
        if (!event.claimsAdded().isEmpty()) {
            Map<Long, Claim> added = claimRepository.claimsByIds(event.claimsAdded());
            Map<Long, List<Long>> subjects = claimRepository.linkedActors("claim_subject", added.keySet());
            Map<Long, List<Long>> reporters = claimRepository.linkedActors("claim_reporter", added.keySet());
            Map<Long, String> texts = claimRepository.foldedTexts(added.keySet());
            for (Long id : event.claimsAdded()) {
                Claim c = added.get(id);
                if (c != null) {
                    AddedClaim item = new AddedClaim(c, new HashSet<>(subjects.getOrDefault(id, List.of())),
                            new HashSet<>(reporters.getOrDefault(id, List.of())), texts.get(id));
                    out.add(() -> claims.onNext(item));
                }
            }
        }
        if (!event.relationshipsChanged().isEmpty()) {
            Map<Long, Relationship> changed = relationshipRepository.relationshipsByIds(event.relationshipsChanged());
            event.relationshipsChanged().stream().distinct().map(changed::get).filter(r -> r != null)
                    .forEach(r -> out.add(() -> relationships.onNext(r)));
        }
        if (event.documentId() != null) {
            Document d = documentRepository.documentsByIds(List.of(event.documentId())).get(event.documentId());
            if (d != null) {
                out.add(() -> documents.onNext(d));
            }
        }
        return out;
    }

    public Multi<AddedClaim> claims() {
        return counted(claims);
    }

    public Multi<Relationship> relationships() {
        return counted(relationships);
    }

    public Multi<Document> documents() {
        return counted(documents);
    }

    /** Open subscriptions, in /q/metrics as claimgraph_subscriptions_active: counted once subscribed here. */
    @Inject
    void gauge(MeterRegistry registry) {
        registry.gauge("claimgraph.subscriptions.active", subscribers);
    }

    private <T> Multi<T> counted(Multi<T> source) {
        return bounded(source, buffer).onSubscription().invoke(s -> subscribers.incrementAndGet())
                .onTermination().invoke(subscribers::decrementAndGet);
    }

    /**
     * Each subscriber's own queue: a commit emits all its claims at once, faster than a subscriber's
     * fields are resolved and sent, so up to {@code size} items wait for it, in order. One that falls
     * further behind is ended with SUBSCRIBER_TOO_SLOW (it may subscribe again and read what it
     * missed through the queries), never dropped silently.
     */
    static <T> Multi<T> bounded(Multi<T> source, int size) {
        return source.onOverflow().buffer(size).onFailure(BackPressureFailure.class)
                .transform(e -> ApiError.of(TOO_SLOW, "This subscription fell more than " + size
                        + " events behind and was ended; subscribe again and read what was missed with the queries."));
    }
}
