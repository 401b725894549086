package app.claimgraph.live;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import app.claimgraph.claim.Claim;
import app.claimgraph.claim.ClaimRepository;
import app.claimgraph.document.Document;
import app.claimgraph.document.DocumentRepository;
import app.claimgraph.ingest.WriteEvent;
import app.claimgraph.relationship.Relationship;
import app.claimgraph.relationship.RelationshipRepository;
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

    private final BroadcastProcessor<AddedClaim> claims = BroadcastProcessor.create();
    private final BroadcastProcessor<Relationship> relationships = BroadcastProcessor.create();
    private final BroadcastProcessor<Document> documents = BroadcastProcessor.create();

    @Inject
    ClaimRepository claimRepository;
    @Inject
    RelationshipRepository relationshipRepository;
    @Inject
    DocumentRepository documentRepository;

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) WriteEvent event) {
        try {
            // load in a transaction of its own; hand over to subscribers only once it is closed, as
            // their own fields are resolved later, with their own database access
            List<Runnable> emissions = QuarkusTransaction.requiringNew().call(() -> load(event));
            emissions.forEach(Runnable::run);
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
        return claims;
    }

    public Multi<Relationship> relationships() {
        return relationships;
    }

    public Multi<Document> documents() {
        return documents;
    }
}
