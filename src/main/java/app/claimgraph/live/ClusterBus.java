package app.claimgraph.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import app.claimgraph.change.ChangeLog;
import app.claimgraph.ingest.DataVersion;
import app.claimgraph.ingest.WriteEvent;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Carries committed writes to the other instances of the service on the same PostgreSQL database,
 * so that their subscribers hear of them too: each write sends {@code NOTIFY} in its own transaction
 * (PostgreSQL delivers it at commit, never for a rollback), and every instance {@code LISTEN}s on
 * one connection of its own and publishes what others wrote. With H2 (one process) it does nothing.
 * <p>
 * Each payload carries the id of the write's last change-log row. When the LISTEN connection is lost
 * (PostgreSQL restarted, the backend terminated), notifications sent meanwhile are gone: after
 * reconnecting, the instance reads the change log after the last id it heard of and publishes those
 * writes ({@link ChangeReplay}), except its own, which its subscribers already got.
 * <p>
 * Every notification also advances this instance's {@link DataVersion}, which the result cache checks:
 * while the LISTEN connection is down the version is unknown and nothing is answered from the cache.
 */
@ApplicationScoped
public class ClusterBus {

    static final String CHANNEL = "claimgraph_writes";
    /** PostgreSQL's payload limit is 8000 bytes: ids are sent in parts below it. */
    private static final int MAX_PAYLOAD = 7000;
    private static final Logger LOG = Logger.getLogger(ClusterBus.class);

    private final String origin = UUID.randomUUID().toString();
    private final boolean enabled;
    private volatile boolean running;
    private Thread listener;
    /** The last change id heard of (own writes included); -1 before the first LISTEN. Listener thread only. */
    private long heard = -1;
    /** Notifications up to this change id were replayed from the change log: not published again. */
    private long replayed;
    /** Change-id ranges of this instance's own writes, newest last (bounded): never replayed here. */
    private final ConcurrentLinkedDeque<long[]> own = new ConcurrentLinkedDeque<>();

    @ConfigProperty(name = "claimgraph.cluster.reconnect-delay-ms", defaultValue = "1000")
    long reconnectDelayMs;
    /** Shown in pg_stat_activity for the LISTEN connection. */
    @ConfigProperty(name = "claimgraph.cluster.listen-application-name", defaultValue = "claimgraph-listen")
    String listenApplicationName;
    @Inject
    ChangeLog changes;

    @Inject
    EntityManager em;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    LiveUpdates live;
    @Inject
    DataVersion dataVersion;

    @Inject
    ClusterBus(@ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.enabled = DataVersion.listened(dbKind); // the version waits for this listener where it is enabled
    }

    /** Inside the writer's transaction: the notification leaves with its commit. */
    void onWrite(@Observes WriteEvent event) {
        if (!enabled) {
            return;
        }
        long[] range = changes.rangeInTransaction();
        long last = range == null ? 0 : range[1];
        if (range != null) {
            own.add(range.clone());
            while (own.size() > 10_000) {
                own.pollFirst();
            }
        }
        for (String payload : payloads(origin, last, event)) {
            em.createNativeQuery("SELECT pg_notify(:channel, :payload)").setParameter("channel", CHANNEL)
                    .setParameter("payload", payload).getSingleResult();
        }
    }

    /** origin|last change id|document|claim,claim,…|relationship,… split so that each part stays under the limit. */
    static List<String> payloads(String origin, long lastChange, WriteEvent event) {
        List<String> out = new ArrayList<>();
        String doc = event.documentId() == null ? "" : event.documentId().toString();
        StringBuilder claims = new StringBuilder();
        StringBuilder rels = new StringBuilder();
        List<Long> c = event.claimsAdded();
        List<Long> r = event.relationshipsChanged();
        int i = 0;
        int j = 0;
        do {
            claims.setLength(0);
            rels.setLength(0);
            while (i < c.size() && claims.length() + rels.length() < MAX_PAYLOAD) {
                claims.append(claims.length() > 0 ? "," : "").append(c.get(i++));
            }
            while (j < r.size() && claims.length() + rels.length() < MAX_PAYLOAD) {
                rels.append(rels.length() > 0 ? "," : "").append(r.get(j++));
            }
            // the document goes with the last part, after all its claims
            boolean last = i >= c.size() && j >= r.size();
            out.add(origin + "|" + lastChange + "|" + (last ? doc : "") + "|" + claims + "|" + rels);
        } while (i < c.size() || j < r.size());
        return out;
    }

    static WriteEvent parse(String payload) {
        String[] p = payload.split("\\|", -1);
        return new WriteEvent(p[2].isEmpty() ? null : Long.valueOf(p[2]), ids(p[3]), ids(p[4]));
    }

    static long lastChange(String payload) {
        return Long.parseLong(payload.split("\\|", 3)[1]);
    }

    private static List<Long> ids(String csv) {
        List<Long> out = new ArrayList<>();
        for (String s : csv.split(",")) {
            if (!s.isEmpty()) {
                out.add(Long.valueOf(s));
            }
        }
        return out;
    }

    void start(@Observes StartupEvent e) {
        if (!enabled) {
            return;
        }
        running = true;
        listener = new Thread(this::listen, "claimgraph-listen");
        listener.setDaemon(true);
        listener.start();
        // the result cache serves nothing until the first LISTEN: wait for it (a few ms) rather than
        // start with the cache off, but never hold the start-up for a database that does not answer
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (dataVersion.current() < 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    void stop(@Observes ShutdownEvent e) {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("SET application_name = '" + listenApplicationName.replace("'", "''") + "'");
                s.execute("LISTEN " + CHANNEL);
                dataVersion.listening(); // every commit from here on is notified on this connection
                PGConnection pg = c.unwrap(PGConnection.class);
                LOG.infof("Listening for other instances' writes on PostgreSQL channel %s", CHANNEL);
                catchUp(c);
                while (running) {
                    PGNotification[] received = pg.getNotifications(1000);
                    if (received == null) {
                        continue;
                    }
                    for (PGNotification n : received) {
                        dataVersion.advance(); // before anyone is told: a subscriber's query must not get a kept answer
                        long last = lastChange(n.getParameter());
                        heard = Math.max(heard, last);
                        if (last > replayed && !n.getParameter().startsWith(origin + "|")) {
                            live.publish(parse(n.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException ex) {
                dataVersion.deaf();
                if (running) {
                    LOG.warnf("Listening for other instances' writes failed (%s); retrying in %d ms", ex.getMessage(),
                            reconnectDelayMs);
                    try {
                        Thread.sleep(reconnectDelayMs);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    /** Once listening: the first time, note where the change log stands; after a reconnect, replay what was missed. */
    private void catchUp(Connection c) throws SQLException {
        if (heard < 0) {
            heard = ChangeReplay.lastId(c);
            replayed = heard;
            return;
        }
        // changes committed after this read are notified on this connection (LISTEN came first)
        ChangeReplay.Missed missed = ChangeReplay.since(c, heard, this::ownChange);
        long upTo = missed.upTo();
        List<WriteEvent> events = ChangeReplay.events(c, missed.rows());
        LOG.infof("Reconnected: replaying %d writes of other instances from the change log (changes %d to %d)",
                events.size(), heard + 1, upTo);
        events.forEach(live::publish);
        heard = upTo;
        replayed = upTo;
    }

    private boolean ownChange(long id) {
        for (long[] range : own) {
            if (id >= range[0] && id <= range[1]) {
                return true;
            }
        }
        return false;
    }
}
