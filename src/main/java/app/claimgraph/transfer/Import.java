package app.claimgraph.transfer;

import static app.claimgraph.transfer.ExportFields.date;
import static app.claimgraph.transfer.ExportFields.strings;
import static app.claimgraph.transfer.ExportFields.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import app.claimgraph.api.Text;
import app.claimgraph.db.Dialect;
import app.claimgraph.db.H2Store;
import app.claimgraph.ingest.ContentHash;
import app.claimgraph.ingest.WriteLock;
import app.claimgraph.search.SearchIndex;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reads an export (see {@link Export}) into an empty database, all or nothing. First the file is
 * read through once and checked whole ({@link ImportFile}): every line JSON of a known type, and (format 2) its trailer's
 * counts and SHA-256 matching the lines; nothing is written unless it passes. Then, under the write
 * lock, it checks that the database is empty and writes every row as it was (keys, timestamps, curated
 * state, change log, the search index) in JDBC batches: on PostgreSQL in one transaction that any
 * failure rolls back; on H2 in committed steps, other writers refused, every row deleted again on a
 * failure or at the next start ({@link ImportRecovery}). Either way the same file can be sent again.
 * One import at a time per instance (the write lock serialises instances). Memory holds one batch and
 * the actors' parent links.
 */
@ApplicationScoped
public class Import {

    static final String NOTHING = " Nothing was written: the database is as it was, and the file may be sent again once fixed.";

    @Inject
    EntityManager em;
    @Inject
    WriteLock lock;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ImportRecovery recovery;

    @ConfigProperty(name = "claimgraph.import.timeout-s", defaultValue = "7200")
    int timeoutSeconds;
    /** H2: lines written per committed step. */
    @ConfigProperty(name = "claimgraph.import.commit-lines", defaultValue = "50")
    int commitLines;
    /**
     * H2: the write delay (ms) while an import writes. The service runs with WRITE_DELAY=0 (a commit is on
     * disk before its answer), and then H2 has no background writer: nothing rewrites half-empty chunks
     * while the file grows. The import's last commit, under the service's own delay again, makes all of it
     * durable before the answer.
     */
    @ConfigProperty(name = "claimgraph.import.h2-write-delay-ms", defaultValue = "500")
    int importWriteDelay;
    /** H2: how often an import compacts the file between its steps (each time for about COMPACT_MS). */
    @ConfigProperty(name = "claimgraph.import.h2-compact-every-ms", defaultValue = "10000")
    int compactEveryMs;
    private static final int COMPACT_MS = 200;

    private final AtomicBoolean running = new AtomicBoolean();

    /** What an import wrote, per line type. */
    public record Summary(Map<String, Long> lines) {
    }

    /**
     * @param unverified accept a format 1 file, which has no trailer to prove it whole
     * @param progress   told how many lines are done, every so often
     */
    public Summary run(Path file, boolean unverified, LongConsumer progress) throws IOException {
        int format = ImportFile.verify(file, unverified);
        if (!running.compareAndSet(false, true)) {
            throw TransferException.notEmpty("Another import is running on this instance; wait for its answer." + NOTHING);
        }
        try {
            return Dialect.h2() ? inSteps(file, format, progress) : whole(file, format, progress);
        } finally {
            running.set(false);
        }
    }

    /** PostgreSQL: one transaction, under the write lock. */
    private Summary whole(Path file, int format, LongConsumer progress) {
        return QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(() -> {
            lock.acquire();
            requireEmpty();
            Map<String, Long> counts = new TreeMap<>();
            em.unwrap(Session.class).doWork(c -> write(c, file, format, counts, progress, () -> { }));
            return new Summary(counts);
        });
    }

    /**
     * H2: committed every {@code commitLines} lines, with a write delay and the file compacted between the
     * steps (H2 keeps every page a transaction rewrites until it ends, and compacts nothing under
     * WRITE_DELAY=0: one transaction wrote 8 GB for 100k claims), with every other writer refused meanwhile and a
     * row in import_state that says an import is under way; on any failure every row is deleted again
     * (the database was empty), and a start that finds the row does the same ({@link ImportRecovery}).
     */
    private Summary inSteps(Path file, int format, LongConsumer progress) throws IOException {
        lock.reserveForImport();
        boolean marked = false;
        boolean done = false;
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                lock.acquire();
                requireEmpty();
                em.createNativeQuery("INSERT INTO import_state (id, started_at) VALUES (1, CURRENT_TIMESTAMP)").executeUpdate();
            });
            marked = true;
            Map<String, Long> counts = new TreeMap<>();
            try (Connection c = dataSource.getConnection()) {
                int delay = H2Store.writeDelay(c);
                H2Store.setWriteDelay(c, importWriteDelay);
                long[] lastCompact = {System.nanoTime()};
                try {
                    c.setAutoCommit(false);
                    write(c, file, format, counts, progress, () -> {
                        c.commit();
                        if (System.nanoTime() - lastCompact[0] > compactEveryMs * 1_000_000L) {
                            H2Store.compactFile(c, COMPACT_MS);
                            lastCompact[0] = System.nanoTime();
                        }
                    });
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                    H2Store.setWriteDelay(c, delay); // before the undo or the marker's removal: durable again
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            QuarkusTransaction.requiringNew().run(() -> {
                lock.acquire(); // the data version moves: results kept from before are stale
                em.createNativeQuery("DELETE FROM import_state").executeUpdate();
            });
            done = true;
            return new Summary(counts);
        } finally {
            if (marked && !done) {
                recovery.undo(); // only what this import wrote: the database was empty when it began
            }
            lock.reopen();
        }
    }

    /** Refuses a database that holds anything an import writes. */
    private void requireEmpty() {
        Number docs = (Number) em.createNativeQuery("SELECT COUNT(*) FROM document").getSingleResult();
        Number actors = (Number) em.createNativeQuery("SELECT COUNT(*) FROM actor").getSingleResult();
        Number changes = (Number) em.createNativeQuery("SELECT COUNT(*) FROM change_log").getSingleResult();
        if (docs.longValue() + actors.longValue() + changes.longValue() > 0) {
            throw TransferException.notEmpty("Import into an empty database only (this one holds " + docs
                    + " documents, " + actors + " actors and " + changes + " change log entries): start a new one with"
                    + " claimgraph.seed.enabled=false." + NOTHING);
        }
    }

    /** A commit between the steps of an import (none in one transaction). */
    @FunctionalInterface
    private interface Step {
        void run() throws SQLException;
    }

    private void write(Connection c, Path file, int format, Map<String, Long> counts, LongConsumer progress,
            Step commit) throws SQLException {
        List<String[]> parents = new ArrayList<>();
        try (Batch b = new Batch(c); BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.readLine(); // the header, checked
            long number = ImportFile.lines(in, (n, line, o) -> {
                if (Trailer.is(o)) {
                    return;
                }
                String type = o.getString("type");
                switch (type) {
                    case "actor" -> actor(b, o, parents);
                    case "redirect" -> b.add("INSERT INTO actor_redirect (old_key, actor_id) VALUES (?, " + actorId() + ")",
                            o.getString("from"), o.getString("to"));
                    case "document" -> Documents.write(b, o, format == 1 ? 1 : o.getInt("contentHashVersion", ContentHash.VERSION));
                    case "relationship" -> relationship(b, o);
                    case "link" -> b.add("INSERT INTO claim_link (from_claim_id, to_claim_id, link_type) VALUES (" + claimId() + ", "
                            + claimId() + ", ?)", o.getString("from"), o.getString("to"), o.getString("linkType"));
                    case "change" -> b.add("INSERT INTO change_log (changed_at, changed_by, entity_type, entity_key, action,"
                            + " before_json, after_json, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", OffsetDateTime.parse(o.getString("at")),
                            o.getString("by"), o.getString("entityType"), o.getString("entityKey"), o.getString("action"),
                            text(o, "before"), text(o, "after"), text(o, "note"));
                    default -> throw TransferException.badFile("Line " + n + " has the unknown type '" + type + "'." + NOTHING);
                }
                counts.merge(type, 1L, Long::sum);
                if (n % commitLines == 0) {
                    b.flush();
                    commit.run();
                }
                if (n % 10_000 == 0) {
                    progress.accept(n);
                }
            });
            for (String[] p : parents) {
                b.add("UPDATE actor SET parent_id = " + actorId() + " WHERE actor_key = ?", p[1], p[0]);
            }
            b.flush();
            progress.accept(number);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void actor(Batch b, JsonObject o, List<String[]> parents) throws SQLException {
        String key = o.getString("key");
        String name = o.getString("name");
        List<Object[]> row = new ArrayList<>();
        row.add(new Object[] { key, name, Text.fold(name), o.getString("kind"), text(o, "countryCode"), text(o, "description"),
                OffsetDateTime.parse(o.getString("createdAt")) });
        long id = b.insert("INSERT INTO actor (actor_key, name, name_norm, kind, country_code, description, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", row)[0];
        List<String> aliases = strings(o.getJsonArray("aliases"));
        for (int i = 0; i < aliases.size(); i++) {
            b.add("INSERT INTO actor_alias (actor_id, alias, alias_norm, position) VALUES (?, ?, ?, ?)", id, aliases.get(i),
                    Text.fold(aliases.get(i)), i);
        }
        words(b, SearchIndex.ACTOR, id, SearchIndex.actorWords(name, aliases));
        if (o.containsKey("parent")) {
            parents.add(new String[] { key, o.getString("parent") });
        }
    }

    private static void relationship(Batch b, JsonObject o) throws SQLException {
        String key = o.getString("key");
        b.add("INSERT INTO relationship (rel_key, source_id, target_id, rel_type, status, since, until, description) VALUES (?, "
                + actorId() + ", " + actorId() + ", ?, ?, ?, ?, ?)", key, o.getString("source"), o.getString("target"),
                o.getString("relType"), o.getString("status"), date(o, "since"), date(o, "until"), text(o, "description"));
        List<String> evidence = strings(o.getJsonArray("evidence"));
        for (int i = 0; i < evidence.size(); i++) {
            b.add("INSERT INTO relationship_evidence (relationship_id, claim_id, position) VALUES ((SELECT id FROM relationship"
                    + " WHERE rel_key = ?), " + claimId() + ", ?)", key, evidence.get(i), i);
        }
    }

    /** The search index's rows for one object. */
    static void words(Batch b, char type, long id, Map<String, Integer> words) throws SQLException {
        for (Map.Entry<String, Integer> w : words.entrySet()) {
            b.add("INSERT INTO search_token (token, entity_type, entity_id, weight) VALUES (?, ?, ?, ?)", w.getKey(),
                    String.valueOf(type), id, w.getValue());
        }
    }

    static String actorId() {
        return "(SELECT id FROM actor WHERE actor_key = ?)";
    }

    static String claimId() {
        return "(SELECT id FROM claim WHERE claim_key = ?)";
    }
}
