package app.claimgraph.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * Brings the schema up to date before anything else uses the database. A plain restart finds the
 * newest migration already applied with one query and starts without Flyway, which costs 0.4–1.2 s
 * of start-up to scan, validate and report "up to date"; a new database or an upgrade (a migration
 * not yet applied, or any failed one) goes through Flyway, which validates every applied migration
 * against its file, migrates and takes its own lock when several instances start together.
 * ({@code quarkus.flyway.migrate-at-start} is off: this class decides.)
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);

    /** The version of the newest file in db/migration; SchemaMigrationTest keeps it in step with them. */
    static final int NEWEST = 8;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Instance<Flyway> flyway;

    /** First of the start-up observers: the seed, the cluster listener and the first request need the schema. */
    void migrate(@Observes @Priority(1) StartupEvent started) {
        if (upToDate()) {
            LOG.debugf("Schema at version %d: no migration needed", NEWEST);
            return;
        }
        flyway.get().migrate();
    }

    /** True when the newest migration is applied and none failed; false on any doubt (Flyway then decides). */
    boolean upToDate() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" "
                        + "WHERE \"version\" IS NOT NULL")) {
            int newest = -1;
            while (r.next()) {
                if (!r.getBoolean(2) || !r.getString(1).matches("\\d{1,9}")) {
                    return false; // a failed migration, or a version this build does not write: Flyway decides
                }
                newest = Math.max(newest, Integer.parseInt(r.getString(1)));
            }
            return newest == NEWEST;
        } catch (SQLException e) {
            return false; // no history table yet (a new database), or no connection: Flyway reports it
        }
    }
}
