package app.claimgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.claimgraph.TestDatabases;
import app.claimgraph.TestDocs;
import app.claimgraph.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Every worker thread and every pooled connection busy (ingests waiting for the write lock, which the
 * test holds): the event loop still answers liveness and a query whose result is kept, because
 * neither waits for a worker or a database connection: the data version is kept in memory, on H2 and
 * on PostgreSQL (where the LISTEN connection holds one of the pooled connections as well).
 */
@QuarkusTest
@TestProfile(BusyWorkersTest.Profile.class)
class BusyWorkersTest {

    private static final int WORKERS = 2;
    private static final String CACHED = "{ actors(first: 3) { totalCount nodes { name } } }";

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // H2 gives up waiting for a lock after 1 s unless told otherwise; PostgreSQL waits
            return Map.of("quarkus.datasource.jdbc.url", TestDatabases.url("busy", ";LOCK_TIMEOUT=60000"),
                    "quarkus.thread-pool.max-threads", String.valueOf(WORKERS),
                    // a connection for each worker's ingest, the test's lock and (PostgreSQL) the LISTEN
                    // connection: every worker reaches the lock and waits there
                    "quarkus.datasource.jdbc.max-size", String.valueOf(WORKERS + 2));
        }
    }

    @TestHTTPResource("/")
    URI root;
    @Inject
    AgroalDataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void livenessAndKeptResultsAnswerWhileEveryWorkerWaits() throws Exception {
        HttpResponse<String> before = get("graphql?query=" + URLEncoder.encode(CACHED, StandardCharsets.UTF_8));
        assertEquals(200, before.statusCode(), before.body());

        List<CompletableFuture<HttpResponse<String>>> ingests = new ArrayList<>();
        try (Connection lock = dataSource.getConnection(); Statement s = lock.createStatement()) {
            lock.setAutoCommit(false);
            s.executeUpdate("UPDATE write_lock SET version = version WHERE id = 1"); // held until rollback
            ObjectMapper json = new ObjectMapper();
            long run = System.currentTimeMillis(); // new documents and actors, also where the database outlives a run (PostgreSQL)
            for (int i = 0; i < 2 * WORKERS; i++) {
                String body = json.writeValueAsString(Map.of("query", TestDocs.INGEST, "variables",
                        Map.of("input", TestDocs.report("https://example.org/busy-" + run + "-" + i, "Busy group " + run + "-" + i))));
                ingests.add(http.sendAsync(HttpRequest.newBuilder(root.resolve("graphql"))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + Tokens.editor())
                        .timeout(Duration.ofSeconds(90)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            awaitBlocked(lock, WORKERS); // every worker's ingest has reached the lock
            assertTrue(ingests.stream().noneMatch(CompletableFuture::isDone), () -> "the ingests wait for the write lock: "
                    + ingests.stream().filter(CompletableFuture::isDone).map(f -> f.join().body()).toList());

            HttpResponse<String> live = get("q/health/live");
            assertEquals(200, live.statusCode(), live.body());
            HttpResponse<String> kept = get("graphql?query=" + URLEncoder.encode(CACHED, StandardCharsets.UTF_8));
            assertEquals(200, kept.statusCode(), kept.body());
            assertEquals(before.body(), kept.body(), "the kept result, answered without a worker");
            assertFalse(ingests.stream().anyMatch(CompletableFuture::isDone), "the lock is still held");
            lock.rollback();
        }
        for (CompletableFuture<HttpResponse<String>> ingest : ingests) {
            HttpResponse<String> r = ingest.get(60, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("\"outcome\":\"CREATED\""), r.body());
        }
        HttpResponse<String> after = get("graphql?query=" + URLEncoder.encode(CACHED, StandardCharsets.UTF_8));
        assertFalse(after.body().equals(before.body()), "the writes made the kept result stale: " + after.body());
    }

    /**
     * A client that goes away while its request executes (a type-ahead cancelling its last search, a closed
     * tab): the request's context stays with the worker until it is done. Here a mutation of two ingests
     * waits for the write lock the test holds in its first one, its client closes the connection, the lock
     * is released: the second ingest's access check still finds the request's context, both are written,
     * and no INTERNAL error is counted. (The context used to be destroyed on the close, under the worker,
     * and the check failed with ContextNotActiveException.)
     */
    @Test
    void aClientLeavingMidExecutionLeavesItsRequestToFinish() throws Exception {
        double internalBefore = metric(INTERNAL_ERRORS);
        String run = "left-" + System.currentTimeMillis();
        String mutation = "mutation($one: DocumentInput!, $two: DocumentInput!) {"
                + " one: ingestDocument(input: $one) { outcome } two: ingestDocument(input: $two) { outcome } }";
        byte[] bytes = new ObjectMapper().writeValueAsString(Map.of("query", mutation, "variables", Map.of(
                "one", TestDocs.report("https://example.org/" + run + "-1", "Left group " + run + " one"),
                "two", TestDocs.report("https://example.org/" + run + "-2", "Left group " + run + " two"))))
                .getBytes(StandardCharsets.UTF_8);
        try (Connection lock = dataSource.getConnection(); Statement s = lock.createStatement()) {
            lock.setAutoCommit(false);
            s.executeUpdate("UPDATE write_lock SET version = version WHERE id = 1"); // held until rollback
            double connections = metric(ACTIVE_CONNECTIONS);
            try (java.net.Socket client = new java.net.Socket(root.getHost(), root.getPort())) {
                var out = client.getOutputStream();
                out.write(("POST /graphql HTTP/1.1\r\nHost: " + root.getHost() + "\r\nContent-Type: application/json\r\n"
                        + "Authorization: Bearer " + Tokens.editor() + "\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(bytes);
                out.flush();
                awaitBlocked(lock, 1); // the first ingest waits for the lock
            }
            // the server has seen the connection close (the gauge is back where it was), the worker still waits
            awaitMetric(ACTIVE_CONNECTIONS, connections, "the closed connection to end on the server");
            lock.rollback();
        }
        String written = "{ documents(filter: {title: \"" + run + "\"}) { totalCount } }"; // their titles hold their urls
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String answer = "";
        while (!answer.contains("\"totalCount\":2") && metric(INTERNAL_ERRORS) == internalBefore && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20); // poll interval of the wait, not a timer the test relies on
            answer = get("graphql?query=" + URLEncoder.encode(written, StandardCharsets.UTF_8)).body();
        }
        assertEquals(internalBefore, metric(INTERNAL_ERRORS), "no INTERNAL error counted");
        assertTrue(answer.contains("\"totalCount\":2"), "both ingests of the client that left are written: " + answer);
    }

    private static final Pattern INTERNAL_ERRORS = Pattern.compile("(?m)^claimgraph_graphql_errors_total\\{code=\"INTERNAL\"[^}]*} (\\S+)$");
    private static final Pattern ACTIVE_CONNECTIONS = Pattern.compile("(?m)^http_server_active_connections(?:\\{[^}]*})? (\\S+)$");

    /** A value of /q/metrics, summed over its labels (0 when the metric has not been created yet). */
    private double metric(Pattern metric) throws Exception {
        Matcher m = metric.matcher(get("q/metrics").body());
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return sum;
    }

    /** Waits until the metric is at most {@code value}. */
    private void awaitMetric(Pattern metric, double value, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (metric(metric) > value) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 30 s for " + what);
            }
            TimeUnit.MILLISECONDS.sleep(20); // poll interval of the wait, not a timer the test relies on
        }
    }

    /**
     * Waits until {@code n} sessions wait for a lock the test holds, asked on the test's own connection
     * (it holds the lock): H2's INFORMATION_SCHEMA.SESSIONS, PostgreSQL's pg_stat_activity.
     */
    private static void awaitBlocked(Connection c, int n) throws Exception {
        boolean h2 = c.getMetaData().getDatabaseProductName().startsWith("H2");
        String sql = h2 ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL"
                : "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int blocked = 0;
        while (System.nanoTime() < deadline) {
            try (Statement s = c.createStatement()) {
                if (!h2) {
                    s.execute("SELECT pg_stat_clear_snapshot()"); // else the transaction reads its first snapshot
                }
                var rows = s.executeQuery(sql);
                rows.next();
                blocked = rows.getInt(1);
            }
            if (blocked >= n) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(20); // poll interval of the wait, not a timer the test relies on
        }
        throw new AssertionError(blocked + " of " + n + " ingests reached the write lock in 30 s");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(root.resolve(path)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
