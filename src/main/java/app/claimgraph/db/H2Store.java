package app.claimgraph.db;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Upkeep of the embedded H2 file that H2's SQL offers only at shutdown ({@code SHUTDOWN COMPACT}): with
 * WRITE_DELAY=0 H2 runs no background writer, so nothing rewrites half-empty chunks or gives back the
 * space between them while a large write goes on.
 */
public final class H2Store {

    private H2Store() {
    }

    /**
     * Rewrites half-empty chunks and moves chunks into the gaps for at most about {@code ms}, then gives
     * the file's free tail back; H2 and PostgreSQL share the caller, so a connection to anything else is
     * left alone. H2 sets its retention time to 0 for this; it is put back after.
     */
    public static void compactFile(Connection c, int ms) throws SQLException {
        MVStore store = store(c);
        if (store != null) {
            int retention = store.getRetentionTime();
            try {
                store.compactFile(ms);
            } finally {
                store.setRetentionTime(retention);
            }
        }
    }

    /** H2's write delay (ms): how long a commit may wait before it is written to the file. */
    public static int writeDelay(Connection c) throws SQLException {
        try (var s = c.createStatement();
                var r = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            return r.next() ? Integer.parseInt(r.getString(1)) : 0;
        }
    }

    /** Sets it for the whole database; above 0 H2 runs its background writer, which compacts as it goes. */
    public static void setWriteDelay(Connection c, int ms) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("SET WRITE_DELAY " + ms);
        }
    }

    private static MVStore store(Connection c) throws SQLException {
        if (c.isWrapperFor(JdbcConnection.class) && c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal s
                && s.getDatabase().getStore() != null) {
            return s.getDatabase().getStore().getMvStore();
        }
        return null;
    }
}
