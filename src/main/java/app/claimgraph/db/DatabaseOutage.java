package app.claimgraph.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import app.claimgraph.api.ApiError;

/**
 * Whether the database is reachable, so that requests fail fast while it is not. The first request
 * that loses its connection (PostgreSQL stopped, restarted or out of reach) marks it down; from
 * then on, requests get {@code UNAVAILABLE} (HTTP 503) at once instead of each waiting for a
 * connection attempt, and one probe every {@value #PROBE_MS} ms checks for its return. When a
 * probe connects, the pool's idle connections (dead since the outage) are dropped and requests
 * run again: no restart needed. Readiness (/q/health/ready) follows the database on its own.
 */
@ApplicationScoped
public class DatabaseOutage {

    static final long PROBE_MS = 500;
    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);
    private final AtomicBoolean down = new AtomicBoolean();

    /** One attempt to reach the database: true when it answers again. */
    @FunctionalInterface
    public interface Probe {
        boolean reached() throws SQLException;
    }

    private final Probe probe;
    private ScheduledExecutorService probing;

    /** The application's: probes the pool, and drops its dead connections when the database is back. */
    @Inject
    DatabaseOutage(AgroalDataSource pool) {
        this(() -> reconnected(pool));
    }

    /** An outage whose end {@code probe} tells (tests of the error codes, which have no pool). */
    public DatabaseOutage(Probe probe) {
        this.probe = probe;
    }

    /** True while the database is known to be out of reach. */
    public boolean down() {
        return down.get();
    }

    /** Is this failure (or one of its causes) the database connection being lost or refused? */
    public static boolean isConnectionFailure(Throwable t) {
        for (int depth = 0; t != null && depth < 12; depth++, t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01-03: the server shut down or is starting (PostgreSQL)
                if (state.startsWith("08") || state.startsWith("57P0")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Marks the database down when {@code failure} says it is out of reach; returns whether it did. */
    public boolean observe(Throwable failure) {
        if (!isConnectionFailure(failure)) {
            return false;
        }
        if (down.compareAndSet(false, true)) {
            LOG.warnf("The database is out of reach (%s): requests answer UNAVAILABLE until it returns",
                    failure.getMessage());
            startProbing();
        }
        return true;
    }

    /**
     * Whether the failure happened before the request had a working connection (none could be opened,
     * or none was free): then nothing it asked for was sent, let alone written.
     */
    public static boolean neverConnected(Throwable t) {
        for (int depth = 0; t != null && depth < 12; depth++, t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                String message = String.valueOf(sql.getMessage());
                if (Set.of("08001", "08004", "57P03").contains(state) || message.contains("Acquisition timeout")
                        || message.contains("Connection refused")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The error a write gets when its connection was lost after it began: the database may have
     * committed it before the connection went, or not; a second send tells.
     */
    public static ApiError outcomeUnknown() {
        return new ApiError(OUTCOME_UNKNOWN, "The connection to the database was lost while this write was being stored:"
                + " it may or may not have been committed. Sending the same request again is safe for ingestDocument and"
                + " ingestText (the same document again is UNCHANGED, or stored once); read before repeating other writes.",
                java.util.Map.of("retryable", true));
    }

    /** The code of {@link #outcomeUnknown()}. */
    public static final String OUTCOME_UNKNOWN = "OUTCOME_UNKNOWN";

    /** The error a request gets while the database is down. */
    public static ApiError unavailable() {
        return new ApiError(ApiError.UNAVAILABLE,
                "The database is unavailable; nothing was read or written. Send the request again in a moment.",
                java.util.Map.of("retryable", true));
    }

    void stop(@Observes ShutdownEvent e) {
        synchronized (this) {
            if (probing != null) {
                probing.shutdownNow();
            }
        }
    }

    private synchronized void startProbing() {
        if (probing == null) {
            probing = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "claimgraph-db-probe");
                t.setDaemon(true);
                return t;
            });
        }
        probing.schedule(this::probe, PROBE_MS, TimeUnit.MILLISECONDS);
    }

    private void probe() {
        try {
            if (probe.reached()) {
                down.set(false);
                LOG.info("The database is back: requests run again");
                return;
            }
        } catch (SQLException | RuntimeException stillDown) {
            // probed again below
        }
        synchronized (this) {
            if (probing != null && !probing.isShutdown()) {
                probing.schedule(this::probe, PROBE_MS, TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Whether a connection of the pool works again; dead pooled connections go first, or the probe could borrow one. */
    private static boolean reconnected(AgroalDataSource pool) throws SQLException {
        pool.flush(AgroalDataSource.FlushMode.INVALID);
        try (Connection c = pool.getConnection()) {
            if (!c.isValid(2)) {
                return false;
            }
        }
        pool.flush(AgroalDataSource.FlushMode.IDLE);
        return true;
    }
}
