package app.claimgraph;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Two instances of the packaged PostgreSQL build on one empty database, started at the same moment
 * (PostgreSQL build only: -Ppostgres with claimgraph.test.db.base, database {base}instances).
 * Both migrate and load the seed concurrently: it is stored once. A write through one is visible
 * through the other at once, and a subscriber on one hears of a claim ingested through the other,
 * also when it was written while that instance's LISTEN connection was down (replayed from the change log).
 * An answer the other instance kept (result cache) goes stale when it hears of the write, and while
 * its LISTEN connection is down it answers from the database only.
 */
@EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql",
        disabledReason = "runs in the PostgreSQL build (-Ppostgres)")
class TwoInstancesIT {

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (Process p : processes) {
            p.destroy();
            p.waitFor();
        }
    }

    @Test
    void instancesShareDataAndLiveUpdates() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair keys = g.generateKeyPair();
        Path publicKey = Files.createTempFile("claimgraph-it", ".pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        String token = Tokens.sign(keys.getPrivate(), "it@example.org", List.of("editor"), Instant.now().plusSeconds(3600));

        emptyDatabase("instances");
        int a = freePort();
        int b = freePort();
        // A waits 3 s before it reconnects a lost LISTEN connection: writes land in that gap
        Path logA = launch(a, publicKey, "-Dclaimgraph.cluster.listen-application-name=claimgraph-listen-a",
                "-Dclaimgraph.cluster.reconnect-delay-ms=3000");
        Path logB = launch(b, publicKey, "-Dclaimgraph.cluster.listen-application-name=claimgraph-listen-b");
        waitUntilUp(a, logA);
        waitUntilUp(b, logB);

        String counts = "{ documents { totalCount } claims { totalCount } actors { totalCount } }";
        JsonPath fromA = query(a, counts, null);
        assertEquals(1, fromA.getInt("data.documents.totalCount"), "the seed is stored once");
        assertEquals(fromA.getMap("data"), query(b, counts, null).getMap("data"));
        String logs = Files.readString(logA) + Files.readString(logB);
        assertEquals(1, count(logs, ": CREATED"), "one instance stored the seed: " + logs);
        double hits = hits(a);
        assertEquals(fromA.getMap("data"), query(a, counts, null).getMap("data"));
        assertEquals(hits + 1, hits(a), "A answers the counts from its result cache");

        try (SubscriptionTest.Client ws = new SubscriptionTest.Client(URI.create("http://localhost:" + a + "/graphql"))) {
            ws.subscribe("claims", "subscription { claimAdded { id text claimant { name } } }", Map.of());
            ws.subscribe("docs", "subscription { documentIngested { id title } }", Map.of());
            SubscriptionTest.Client.awaitSubscribers(a, 2);

            JsonPath ingested = query(b, TestDocs.INGEST, token, "input",
                    TestDocs.report("https://example.org/two-instances", "Instance group"));
            String docId = ingested.getString("data.ingestDocument.document.id");
            String claimId = ingested.getString("data.ingestDocument.createdClaims[0].id");

            // visible through the other instance at once
            assertEquals(claimId, query(a, "query($id: ID!) { node(id: $id) { id } }", null, "id", claimId)
                    .getString("data.node.id"));
            // and A's kept counts are stale once it has heard of the commit (notified as it completes)
            awaitDocuments(a, counts, 2);
            // and heard by a subscriber of the other instance
            JsonNode claim = ws.next("claims");
            assertEquals(claimId, claim.at("/payload/data/claimAdded/id").asText());
            assertEquals("Instance group", claim.at("/payload/data/claimAdded/claimant/name").asText());
            assertEquals(docId, ws.next("docs").at("/payload/data/documentIngested/id").asText());

            // A's LISTEN connection is killed; B writes before A reconnects: A replays it from the change log
            assertEquals(1, sql("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
                    + " WHERE application_name = 'claimgraph-listen-a'"), "A's LISTEN connection was terminated");
            JsonPath missed = query(b, TestDocs.INGEST, token, "input",
                    TestDocs.report("https://example.org/two-instances/missed", "Missed group"));
            assertEquals(0, sql("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = 'claimgraph-listen-a'"),
                    "the write was acknowledged while A was not listening (else this test proves nothing)");
            // A kept the counts at 2 and heard nothing: not listening, it does not trust what it kept
            assertEquals(3, query(a, counts, null).getInt("data.documents.totalCount"), "A answers from the database");
            JsonNode replayed = ws.next("claims");
            assertEquals(missed.getString("data.ingestDocument.createdClaims[0].id"),
                    replayed.at("/payload/data/claimAdded/id").asText(), "A's subscriber heard of the missed claim");
            assertEquals("Missed group", replayed.at("/payload/data/claimAdded/claimant/name").asText());
            assertEquals(missed.getString("data.ingestDocument.document.id"),
                    ws.next("docs").at("/payload/data/documentIngested/id").asText());
            assertTrue(Files.readString(logA).contains("Reconnected: replaying 1 writes"), () -> log(logA));

            // listening again: the next write arrives once, as a notification, and nothing twice
            assertEquals(1, sql("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = 'claimgraph-listen-a'"));
            JsonPath after = query(b, TestDocs.INGEST, token, "input",
                    TestDocs.report("https://example.org/two-instances/after", "After group"));
            assertEquals(after.getString("data.ingestDocument.createdClaims[0].id"),
                    ws.next("claims").at("/payload/data/claimAdded/id").asText());
            assertEquals(after.getString("data.ingestDocument.document.id"),
                    ws.next("docs").at("/payload/data/documentIngested/id").asText());
            awaitDocuments(a, counts, 4);

            // a commit of 50 claims on B reaches A's subscriber whole and in order (issue 37)
            query(b, TestDocs.INGEST, token, "input", TestDocs.manyClaims("https://example.org/two-instances/many", "twomany", 50));
            for (int i = 0; i < 50; i++) {
                assertEquals("Claim " + i + " twomany.", ws.next("claims").at("/payload/data/claimAdded/text").asText());
            }
            ws.next("docs");
            awaitDocuments(a, counts, 5);
            assertNull(ws.poll("claims", 2), "no claim is delivered twice");
            assertNull(ws.poll("docs", 1), "no document is delivered twice");
        }
    }

    private static String log(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static long sql(String query) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(url("instances"), System.getProperty("claimgraph.test.db.user", "postgres"),
                System.getProperty("claimgraph.test.db.password", "")); var s = c.createStatement();
                var r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The JDBC URL of one of the test databases (.ci/postgres.sh) */
    static String url(String database) {
        return System.getProperty("claimgraph.test.db.base") + database + System.getProperty("claimgraph.test.db.options", "");
    }

    /** The instances start on an empty database, also when this test runs again. */
    static void emptyDatabase(String database) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(url(database), System.getProperty("claimgraph.test.db.user", "postgres"),
                System.getProperty("claimgraph.test.db.password", "")); var s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }

    private Path launch(int port, Path publicKey, String... properties) throws IOException {
        String url = url("instances");
        Path log = Files.createTempFile("claimgraph-instance-" + port, ".log");
        List<String> command = PackagedApp.java();
        command.addAll(List.of("-Dquarkus.datasource.jdbc.url=" + url,
                "-Dquarkus.datasource.username=" + System.getProperty("claimgraph.test.db.user", "postgres"),
                "-Dquarkus.datasource.password=" + System.getProperty("claimgraph.test.db.password", ""),
                "-Dmp.jwt.verify.publickey.location=" + publicKey, "-Dquarkus.http.port=" + port));
        command.addAll(List.of(properties));
        command.addAll(List.of("-jar", System.getProperty("runner.jar", "target/quarkus-app/quarkus-run.jar")));
        processes.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start());
        return log;
    }

    private void waitUntilUp(int port, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (given().port(port).get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("instance on port " + port + " did not become ready: " + Files.readString(log));
    }

    private static JsonPath query(int port, String query, String token, Object... vars) {
        var request = given().port(port).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", Gql.vars(vars)));
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        JsonPath r = request.post("/graphql").then().statusCode(200).extract().jsonPath();
        assertNull(r.get("errors"), () -> r.prettify());
        return r;
    }

    /** The instance's documents count reaches {@code expected} within 5 s (a notification arrives in milliseconds). */
    private static void awaitDocuments(int port, String counts, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        int seen = query(port, counts, null).getInt("data.documents.totalCount");
        while (seen != expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
            seen = query(port, counts, null).getInt("data.documents.totalCount");
        }
        assertEquals(expected, seen, "documents seen through the instance on port " + port);
    }

    private static double hits(int port) {
        return Gql.cacheHits(given().port(port).get("/q/metrics").then().statusCode(200).extract().asString());
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
