package app.claimgraph.http;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import app.claimgraph.db.DatabaseOutage;
import app.claimgraph.ingest.DataVersion;

/**
 * Answers a query that was answered before, and whose data has not changed since, with the same
 * body, without executing it. Front ends send the same few queries again and again (the first page
 * of actors, a popular actor's page); executing one costs a dozen SQL statements and thousands of
 * resolved fields, looking it up costs one primary-key read.
 * <p>
 * Correctness rests on the data version: every write transaction increments
 * {@code write_lock.version} as it takes the write lock (see {@code ingest.WriteLock}). A result is
 * kept with the version read <em>before</em> it was executed, and served only while the committed
 * version is still that one. A write that commits while a query runs makes that result stale at
 * once. The version is kept in memory ({@link DataVersion}): advanced after each commit of this
 * process and, on PostgreSQL, by each notification of another instance's commit (unknown while the
 * LISTEN connection is down: nothing is served or kept then). Only on an H2 server, where nothing
 * notifies, is it read from the database per request. Only results without errors are kept.
 * <p>
 * Every caller allowed to read sees the same data (there is no per-caller filtering in the read
 * API), so one result serves all readers; the endpoint still checks the read role, when one is
 * configured, before answering from here. Bounded by bytes of kept bodies, least recently used out.
 */
@ApplicationScoped
public class ResultCache {

    private static final Logger LOG = Logger.getLogger(ResultCache.class);

    /** A kept body (UTF-8), with the data version it was read at and its size (the key's in UTF-16 included). */
    record Entry(long version, byte[] body, long bytes) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private Counter hits;
    private Counter misses;

    @Inject
    ApiLimits limits;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    DataVersion dataVersion;
    @Inject
    DatabaseOutage outage;

    @Inject
    void counters(MeterRegistry registry) {
        hits = registry.counter("claimgraph.graphql.result.cache", "outcome", "hit");
        misses = registry.counter("claimgraph.graphql.result.cache", "outcome", "miss");
    }

    boolean enabled() {
        return limits.resultCacheMaxBytes() > 0;
    }

    /** True when {@link #version()} reads no database and may run on the event loop. */
    boolean versionInMemory() {
        return dataVersion.inMemory();
    }

    /**
     * The committed data version, or -1 when it is unknown (nothing is then served or kept). In
     * memory, except on an H2 server: one read of {@code write_lock} there (a worker's job).
     */
    long version() {
        if (dataVersion.inMemory()) {
            return dataVersion.current();
        }
        if (outage.down()) {
            return -1;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT version FROM write_lock WHERE id = 1");
                ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : -1;
        } catch (SQLException e) {
            outage.observe(e);
            LOG.warnf("could not read the data version, results are not cached: %s", e.getMessage());
            return -1;
        }
    }

    /** The body kept for this request at this version, or null; a body kept at another version goes. */
    byte[] get(String key, long version) {
        byte[] body = null;
        if (version >= 0) {
            synchronized (this) {
                Entry e = entries.get(key);
                if (e != null && e.version() == version) {
                    body = e.body();
                } else if (e != null) {
                    entries.remove(key);
                    bytes -= e.bytes();
                }
            }
        }
        (body == null ? misses : hits).increment();
        return body;
    }

    void put(String key, long version, byte[] body) {
        Entry entry = new Entry(version, body, 2L * key.length() + body.length);
        if (version < 0 || entry.bytes() > limits.resultCacheMaxEntryBytes()) {
            return;
        }
        synchronized (this) {
            Entry old = entries.put(key, entry);
            bytes += entry.bytes() - (old == null ? 0 : old.bytes());
            Iterator<Entry> eldest = entries.values().iterator();
            while (bytes > limits.resultCacheMaxBytes() && eldest.hasNext()) {
                bytes -= eldest.next().bytes();
                eldest.remove();
            }
        }
    }
}
