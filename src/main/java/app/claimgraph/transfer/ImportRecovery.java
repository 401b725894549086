package app.claimgraph.transfer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import app.claimgraph.db.Dialect;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * Undoes an import that H2 was writing in committed steps ({@link Import}): every row of every table
 * an import writes is deleted, then the import_state row; the database was empty before the import,
 * so it is as it was. Run when the import fails, and at start when the row is found (the process
 * ended during an import), before the seed and before any request.
 */
@ApplicationScoped
public class ImportRecovery {

    private static final Logger LOG = Logger.getLogger(ImportRecovery.class);
    /** Every table an import writes. */
    private static final List<String> TABLES = List.of("claim_link", "relationship_evidence", "relationship",
            "evidence_span", "claim_reporter", "claim_subject", "claim", "search_token", "document", "actor_redirect",
            "actor_alias", "actor", "change_log");

    @Inject
    AgroalDataSource dataSource;

    /** After the schema migration (priority 1), before the seed and everything else. */
    void onStart(@Observes @Priority(2) StartupEvent started) throws SQLException {
        if (!Dialect.h2()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT started_at FROM import_state")) {
            if (!r.next()) {
                return;
            }
            LOG.warnf("An import that started at %s did not finish (the process ended during it): its rows are deleted,"
                    + " the database is empty again and the file may be sent again.", r.getObject(1));
        }
        undo();
    }

    /** Deletes what an import wrote (all of it: it writes into an empty database only). */
    void undo() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET REFERENTIAL_INTEGRITY FALSE"); // H2 truncates a referenced table only so
            try {
                for (String table : TABLES) {
                    s.execute("TRUNCATE TABLE " + table);
                }
            } finally {
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
            s.executeUpdate("DELETE FROM import_state");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Undoing a failed import failed; it is tried again at the next start", e);
        }
    }
}
