package app.claimgraph;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * H2 → file → empty PostgreSQL → file: the export {@link TransferIT} wrote from the H2 build (the H2
 * suite runs first in .ci/run) is imported by the PostgreSQL build into an empty database, exported
 * again byte for byte, and answers the snapshot query exactly as the H2 database did.
 */
@EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql",
        disabledReason = "runs in the PostgreSQL suite (-Ppostgres)")
class TransferPgIT {

    private final PackagedApp app = new PackagedApp();

    @AfterEach
    void stop() throws InterruptedException {
        app.stop();
    }

    @Test
    void anExportFromH2ImportsIntoPostgresqlAndExportsTheSameBytes() throws Exception {
        Path file = TransferIT.OUT.resolve("h2-export.jsonl");
        assertTrue(Files.exists(file), file + " is written by TransferIT in the H2 suite, which runs first (./mvnw -B verify)");
        byte[] h2 = Files.readAllBytes(file);
        String url = System.getProperty("claimgraph.test.db.base") + "transfer" + System.getProperty("claimgraph.test.db.options", "");
        String user = System.getProperty("claimgraph.test.db.user", "postgres");
        String password = System.getProperty("claimgraph.test.db.password", "");
        try (var c = java.sql.DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path dir = Files.createTempDirectory("claimgraph-transfer-pg");
        String admin = Tokens.sign(keys.getPrivate(), "ops", List.of("admin"), Instant.now().plusSeconds(3600));
        int port = PackagedApp.freePort();
        app.start(dir, port, "-Dmp.jwt.verify.publickey.location=" + PackagedApp.publicKey(keys, dir), "-Dclaimgraph.seed.enabled=false",
                "-Dquarkus.datasource.jdbc.url=" + url, "-Dquarkus.datasource.username=" + user, "-Dquarkus.datasource.password=" + password);
        FailedImports.refuseAndWriteNothing(port, admin, h2); // the same failures, all rolled back on PostgreSQL too
        FailedImports.twoAtOnce(port, admin, h2);
        assertArrayEquals(h2, TransferIT.export(port, admin), "H2 → file → PostgreSQL → file gives the same bytes");
        assertEquals(Files.readString(TransferIT.OUT.resolve("h2-answers.json"), StandardCharsets.UTF_8),
                PackagedApp.query(port, TransferIT.snapshot(port)).prettify(), "PostgreSQL answers as H2 did");
    }
}
