package app.claimgraph.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import app.claimgraph.api.ApiError;
import io.agroal.api.AgroalDataSource;

/**
 * Online backups of the embedded H2 database: H2's {@code BACKUP TO} writes a zip of the database
 * file while the service keeps serving and writing (the MVStore is copy-on-write, so the copy is
 * consistent as of the moment it began). One backup at a time. PostgreSQL is backed up with its own
 * tools (pg_dump), not through the API.
 */
@ApplicationScoped
public class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "claimgraph.backup.dir", defaultValue = "./data/backups")
    Path dir;

    private final AtomicBoolean running = new AtomicBoolean();

    public Backup backup() throws ApiError {
        if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:")) {
            throw ApiError.of(ApiError.UNSUPPORTED_OPERATION, "Backups through the API are for the embedded H2 file database;"
                    + " back up PostgreSQL with its own tools (pg_dump).");
        }
        if (!running.compareAndSet(false, true)) {
            throw ApiError.of(ApiError.CONFLICT, "A backup is already running; try again when it has finished.");
        }
        try {
            Files.createDirectories(dir);
            Instant started = Instant.now();
            Path file = dir.resolve("claimgraph-" + NAME.format(started) + ".zip").toAbsolutePath();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            }
            long took = Instant.now().toEpochMilli() - started.toEpochMilli();
            long bytes = Files.size(file);
            LOG.infof("Backup %s: %d bytes in %d ms", file, bytes, took);
            return new Backup(file.getFileName().toString(), bytes, started, took);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Backup to " + dir + " failed", e); // INTERNAL, with an error id in the log
        } finally {
            running.set(false);
        }
    }
}
