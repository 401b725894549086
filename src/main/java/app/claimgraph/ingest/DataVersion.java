package app.claimgraph.ingest;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The data version the result cache checks, kept in memory where this process is the only writer:
 * an embedded H2 database (a file or in-memory URL: H2 lets one process open it). Every write takes
 * the write lock, which advances this counter once its transaction has committed, so a request
 * reads the version without a database round trip, on the event loop, and a cached answer needs no
 * worker thread and no connection. Where several processes share the database (PostgreSQL, or an H2
 * server), the committed {@code write_lock.version} is the only truth and {@link ResultCache} reads
 * it, off the event loop.
 */
@ApplicationScoped
public class DataVersion {

    private final AtomicLong committed = new AtomicLong();
    private final boolean inMemory;

    DataVersion(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url) {
        this.inMemory = embeddedH2(url);
    }

    static boolean embeddedH2(String url) {
        String u = url.toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("jdbc:h2:") && !u.startsWith("jdbc:h2:tcp:") && !u.startsWith("jdbc:h2:ssl:")
                && !u.contains("auto_server=true");
    }

    /** True when {@link #current()} is the truth (this process is the only writer). */
    public boolean inMemory() {
        return inMemory;
    }

    public long current() {
        return committed.get();
    }

    /** Called after a write transaction committed (not before: a reader must never see the new version with old data). */
    public void advance() {
        committed.incrementAndGet();
    }
}
