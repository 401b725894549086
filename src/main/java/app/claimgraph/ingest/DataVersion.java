package app.claimgraph.ingest;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The data version the result cache checks, kept in memory so that a request reads it without a
 * database round trip, on the event loop, and a cached answer needs no worker thread and no
 * connection. Every write of this process takes the write lock, which advances the counter once
 * its transaction has committed (never before: a reader must not see the new version with old data).
 * <ul>
 * <li>Embedded H2 (a file or in-memory URL: H2 lets one process open it): this process is the only
 * writer, the counter is the whole truth.</li>
 * <li>PostgreSQL: other instances write too. Each of their commits reaches this one as a
 * notification on the LISTEN connection ({@code live.ClusterBus}), which advances the counter. While
 * that connection is down, notifications are lost: the version is then unknown ({@code -1}, nothing
 * is served from or kept in the cache) until the connection listens again, which advances it once
 * more (anything kept before is stale). A kept answer can outlive another instance's commit by the
 * time its notification takes to arrive (PostgreSQL signals listeners as the commit completes).</li>
 * <li>An H2 server ({@code tcp:}, {@code ssl:}, {@code AUTO_SERVER}): other processes may write and
 * nothing notifies; the committed {@code write_lock.version} is read per request ({@code http.ResultCache},
 * off the event loop).</li>
 * </ul>
 */
@ApplicationScoped
public class DataVersion {

    /** Where the committed version comes from. */
    enum Source {
        /** this process is the only writer */
        PROCESS,
        /** this process's writes and the notifications of the others */
        LISTENER,
        /** the database, per request */
        DATABASE
    }

    private final AtomicLong committed = new AtomicLong();
    private final Source source;
    /** LISTENER only: true while every other instance's commit is heard of. */
    private volatile boolean listening;

    DataVersion(@ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url) {
        this.source = source(dbKind, url);
    }

    static Source source(String dbKind, String url) {
        if (listened(dbKind)) {
            return Source.LISTENER;
        }
        String u = url.toLowerCase(Locale.ROOT);
        boolean embeddedH2 = u.startsWith("jdbc:h2:") && !u.startsWith("jdbc:h2:tcp:") && !u.startsWith("jdbc:h2:ssl:")
                && !u.contains("auto_server=true");
        return embeddedH2 ? Source.PROCESS : Source.DATABASE;
    }

    /** True where other instances' commits are notified (PostgreSQL): the one rule ClusterBus listens by too. */
    public static boolean listened(String dbKind) {
        return dbKind.startsWith("postgres");
    }

    /** True when {@link #current()} is the version (no database read per request). */
    public boolean inMemory() {
        return source != Source.DATABASE;
    }

    /** The committed data version, or -1 while it is unknown (PostgreSQL, not listening). */
    public long current() {
        return source == Source.LISTENER && !listening ? -1 : committed.get();
    }

    /** Called after a write transaction committed, here or (notified) in another instance. */
    public void advance() {
        committed.incrementAndGet();
    }

    /** The LISTEN connection is up: from now on every commit is heard of; whatever was missed before makes the version move. */
    public void listening() {
        committed.incrementAndGet();
        listening = true;
    }

    /** The LISTEN connection is lost: commits of other instances go unheard until {@link #listening()}. */
    public void deaf() {
        listening = false;
    }
}
