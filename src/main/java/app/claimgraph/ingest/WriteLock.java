package app.claimgraph.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import app.claimgraph.api.ApiError;

/**
 * Serialises writers: every write transaction first locks the single {@code write_lock} row, on
 * H2 and PostgreSQL alike, across threads and across instances sharing a database. Ingestion
 * resolves actors by name before creating them; without this, two concurrent ingests naming
 * "United States" would both create it. Reads never take the lock.
 * <p>
 * Taking the lock also increments the row's {@code version}: the data version that cached query
 * results are checked against (see {@code graphql.ResultCache}). It is one statement for both, so a
 * write cannot take the lock and leave the version unchanged. Once the transaction has committed, the
 * in-memory {@link DataVersion} advances too (what a single-process H2 deployment checks instead).
 */
@ApplicationScoped
public class WriteLock {

    @Inject
    EntityManager em;
    @Inject
    TransactionSynchronizationRegistry transaction;
    @Inject
    DataVersion version;

    /** Key marking a transaction that already took the lock (one advance per transaction). */
    private static final Object TAKEN = new Object();

    /** The thread of an import writing in steps (H2), while it runs: every other writer is refused. */
    private volatile Thread importer;

    /** Must be called inside the writing transaction; held until it ends. */
    public void acquire() {
        Thread running = importer;
        if (running != null && running != Thread.currentThread()) {
            throw new ImportRunning();
        }
        em.createNativeQuery("UPDATE write_lock SET version = version + 1 WHERE id = 1").executeUpdate();
        if (transaction.getResource(TAKEN) == null) {
            transaction.putResource(TAKEN, Boolean.TRUE);
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        version.advance();
                    }
                }
            });
        }
    }

    /** Refuses every other writer until {@link #reopen()}: an import writing in committed steps runs. */
    public void reserveForImport() {
        importer = Thread.currentThread();
    }

    public void reopen() {
        importer = null;
    }

    /** A write refused because an import is being written (its cause is the client's error, CONFLICT). */
    public static final class ImportRunning extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ImportRunning() {
            super(ApiError.of(ApiError.CONFLICT, "An import is being written into this database: writes are refused until it"
                    + " has ended. Nothing was written; send the same request again later."));
        }
    }
}
