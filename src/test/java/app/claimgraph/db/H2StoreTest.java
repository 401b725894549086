package app.claimgraph.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

/**
 * The canary for H2's internals that {@link H2Store} reaches (H2 offers compaction in SQL only at shutdown): on
 * a file grown by rewrites under WRITE_DELAY=0, as the service runs, a compaction gives space back while the
 * database stays open and its data whole, and leaves H2's retention time as it was.
 */
class H2StoreTest {

    @Test
    void compactsAnOpenFileAndKeepsItsData() throws Exception {
        Path dir = Files.createTempDirectory("claimgraph-h2store");
        Path file = dir.resolve("db.mv.db");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0", "sa", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(200))");
            s.execute("CREATE INDEX t_v ON t (v)");
            try (PreparedStatement up = c.prepareStatement("MERGE INTO t (id, v) VALUES (?, ?)")) {
                for (int round = 0; round < 40; round++) { // each commit rewrites the pages it touches
                    for (int i = 0; i < 2_000; i++) {
                        up.setInt(1, i);
                        up.setString(2, round + "-" + (i * 7919 % 2_000) + "-".repeat(100));
                        up.addBatch();
                    }
                    up.executeBatch();
                }
            }
            MVStore store = ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
            int retention = store.getRetentionTime();
            long grown = Files.size(file);

            H2Store.compactFile(c, 2_000);

            long compacted = Files.size(file);
            assertTrue(compacted < grown / 2, "compacted " + compacted + " of " + grown + " bytes");
            assertEquals(retention, store.getRetentionTime(), "H2's retention time is put back");
            try (ResultSet r = s.executeQuery("SELECT COUNT(*), MIN(v), MAX(v) FROM t")) {
                r.next();
                assertEquals(2_000, r.getInt(1));
                assertTrue(r.getString(2).startsWith("39-") && r.getString(3).startsWith("39-"));
            }
        }
    }
}
