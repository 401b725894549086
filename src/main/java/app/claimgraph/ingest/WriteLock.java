package app.claimgraph.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Serialises writers: every write transaction first locks the single {@code write_lock} row, on
 * H2 and PostgreSQL alike, across threads and across instances sharing a database. Ingestion
 * resolves actors by name before creating them; without this, two concurrent ingests naming
 * "United States" would both create it. Reads never take the lock.
 * <p>
 * Taking the lock also increments the row's {@code version}: the data version that cached query
 * results are checked against (see {@code graphql.ResultCache}). It is one statement for both, so a
 * write cannot take the lock and leave the version unchanged.
 */
@ApplicationScoped
public class WriteLock {

    @Inject
    EntityManager em;

    /** Must be called inside the writing transaction; held until it ends. */
    public void acquire() {
        em.createNativeQuery("UPDATE write_lock SET version = version + 1 WHERE id = 1").executeUpdate();
    }
}
