package app.claimgraph.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Serialises writers: every write transaction first locks the single {@code write_lock} row, on
 * H2 and PostgreSQL alike, across threads and across instances sharing a database. Ingestion
 * resolves actors by name before creating them; without this, two concurrent ingests naming
 * "United States" would both create it. Reads never take the lock.
 */
@ApplicationScoped
public class WriteLock {

    @Inject
    EntityManager em;

    /** Must be called inside the writing transaction; held until it ends. */
    public void acquire() {
        em.createNativeQuery("SELECT id FROM write_lock WHERE id = 1 FOR UPDATE").getResultList();
    }
}
