package app.claimgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * PostgreSQL stopped under load and started again (.ci/postgres.sh pause/resume, PostgreSQL suite).
 * While it is down: every request is answered (no hang) with UNAVAILABLE and HTTP 503, readiness is
 * DOWN, liveness UP. After it returns: the same process serves again, every acknowledged ingest is
 * there, whole, and no document is stored with part of its claims. The timeline goes to
 * target/outage/timeline.md.
 */
@EnabledIfSystemProperty(named = "claimgraph.test.pg.control", matches = ".+",
        disabledReason = "needs -Dclaimgraph.test.pg.control=.ci/postgres.sh (PostgreSQL suite)")
class OutageIT {

    private static final int CLAIMS_PER_REPORT = 12;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final PackagedApp app = new PackagedApp();
    private final long t0 = System.nanoTime();

    /** One request: when it was sent (ms after the test began), what it was, how it was answered, how long it took. */
    record Sample(long atMs, String what, int status, String code, long tookMs) {
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        control("resume"); // harmless when already running
    }

    @Test
    void requestsFailFastWhileDownAndTheServiceRecoversWithoutLosingWrites() throws Exception {
        assertEquals("postgresql", System.getProperty("quarkus.datasource.db-kind"), "PostgreSQL build only");
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair keys = g.generateKeyPair();
        Path dir = Files.createTempDirectory("claimgraph-outage");
        String token = Tokens.sign(keys.getPrivate(), "outage@example.org", List.of("editor"), Instant.now().plusSeconds(3600));
        TwoInstancesIT.emptyDatabase("outage");
        int port = PackagedApp.freePort();
        app.start(dir, port, "-Dquarkus.datasource.jdbc.url=" + TwoInstancesIT.url("outage"),
                "-Dquarkus.datasource.username=" + System.getProperty("claimgraph.test.db.user", "postgres"),
                "-Dquarkus.datasource.password=" + System.getProperty("claimgraph.test.db.password", ""),
                "-Dmp.jwt.verify.publickey.location=" + PackagedApp.publicKey(keys, dir));

        List<Sample> samples = new CopyOnWriteArrayList<>();
        Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
        List<String> hung = new CopyOnWriteArrayList<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            for (int i = 0; loading.get(); i++) {
                String url = "https://example.org/outage/" + i;
                Sample s = post(port, token, Map.of("query", TestDocs.INGEST, "variables", Map.of("input", report(url, i))),
                        "ingest " + url, hung);
                samples.add(s);
                if (s.status == 200 && s.code == null) {
                    acknowledged.put(url, true);
                }
            }
        });
        Thread reader = new Thread(() -> {
            while (loading.get()) {
                samples.add(post(port, null, Map.of("query", "{ claims(first: 5) { totalCount nodes { id text } } }"),
                        "read", hung));
            }
        });
        writer.start();
        reader.start();
        try {
            waitFor(() -> acknowledged.size() >= 3, 30, "three acknowledged ingests before the outage");

            long stopAt = now();
            control("pause");
            long stopped = now();
            waitFor(() -> samples.stream().anyMatch(s -> s.atMs > stopped && s.what.equals("read") && s.status == 503),
                    20, "a read answered 503 while PostgreSQL is down");
            long firstFailure = samples.stream().filter(s -> s.atMs > stopAt && s.status == 503).mapToLong(Sample::atMs)
                    .min().orElseThrow();
            long readyDown = waitForStatus(port, "/q/health/ready", 503);
            assertEquals(200, get(port, "/q/health/live"), "liveness stays UP while the database is down");
            Thread.sleep(2000); // an outage of a few seconds, under load
            assertEquals(200, get(port, "/q/health/live"));
            long outageSamplesFrom = stopped;
            List<Sample> during = samples.stream().filter(s -> s.atMs > outageSamplesFrom + 200).toList();
            assertTrue(during.size() > 10, "requests kept being answered during the outage: " + during.size());
            for (Sample s : during) {
                assertEquals(503, s.status, () -> "while down, every request answers 503: " + s);
                assertTrue("UNAVAILABLE".equals(s.code) || "OUTCOME_UNKNOWN".equals(s.code) && s.what.startsWith("ingest"),
                        () -> "while down, the code is UNAVAILABLE (a write caught mid-way: OUTCOME_UNKNOWN): " + s);
            }

            long resumeAt = now();
            control("resume");
            long resumed = now();
            long readyUp = waitForStatus(port, "/q/health/ready", 200);
            waitFor(() -> samples.stream().anyMatch(s -> s.atMs > resumed && s.what.equals("read") && s.status == 200),
                    30, "a read answered 200 after PostgreSQL returned");
            waitFor(() -> samples.stream().anyMatch(s -> s.atMs > resumed && s.what.startsWith("ingest") && s.status == 200
                    && s.code == null), 30, "an ingest acknowledged after PostgreSQL returned");
            long firstSuccess = samples.stream().filter(s -> s.atMs > resumeAt && s.status == 200 && s.code == null)
                    .mapToLong(Sample::atMs).min().orElseThrow();
            waitFor(() -> samples.stream().filter(s -> s.atMs > firstSuccess && s.status == 200 && s.code == null).count() > 10,
                    30, "more than ten answers after the first success");
            loading.set(false);
            writer.join();
            reader.join();

            assertEquals(List.of(), hung, "no request hung (10 s client timeout)");
            long lastFailure = samples.stream().filter(s -> s.status != 200 || s.code != null).mapToLong(Sample::atMs)
                    .max().orElseThrow();
            assertTrue(samples.stream().filter(s -> s.atMs > lastFailure).count() > 5,
                    "the service serves again after recovering: " + samples.subList(Math.max(0, samples.size() - 10), samples.size()));
            for (Sample s : samples) {
                assertTrue(s.status == 200 && s.code == null || s.status == 503 && ("UNAVAILABLE".equals(s.code)
                        || "OUTCOME_UNKNOWN".equals(s.code) && s.what.startsWith("ingest")),
                        () -> "only successes, UNAVAILABLE and, for writes, OUTCOME_UNKNOWN: " + s);
            }

            // every acknowledged ingest is stored whole, and no document of the load is half written
            Map<String, Integer> stored = storedClaimCounts(port);
            for (String url : acknowledged.keySet()) {
                assertEquals(CLAIMS_PER_REPORT, stored.getOrDefault(url, -1), "acknowledged and whole: " + url);
            }
            stored.forEach((url, n) -> assertEquals(CLAIMS_PER_REPORT, n, "no half-written document: " + url));
            // an answer that says nothing was written is true: that report is not stored (issue 37)
            for (Sample s : samples) {
                if (s.what.startsWith("ingest ") && "UNAVAILABLE".equals(s.code)) {
                    String url = s.what.substring("ingest ".length());
                    assertFalse(stored.containsKey(url) && !acknowledged.containsKey(url),
                            () -> "answered 'nothing was written' but stored: " + url);
                }
            }

            Path out = Path.of("target", "outage");
            Files.createDirectories(out);
            String timeline = String.format("""
                    # Outage timeline (OutageIT, %s)
                    | event | ms after PostgreSQL was stopped |
                    | --- | --- |
                    | pg_ctl stop returned | %d |
                    | first request answered 503 UNAVAILABLE | %d |
                    | readiness DOWN | %d |
                    | pg_ctl start called | %d |
                    | pg_ctl start returned | %d |
                    | readiness UP | %d |
                    | first successful request | %d |
                    Requests: %d (%d answered 503 UNAVAILABLE, slowest %d ms); ingests acknowledged: %d, all stored whole.
                    """, Instant.now(), stopped - stopAt, firstFailure - stopAt, readyDown - stopAt, resumeAt - stopAt,
                    resumed - stopAt, readyUp - stopAt, firstSuccess - stopAt, samples.size(),
                    samples.stream().filter(s -> s.status == 503).count(), slowest(samples), acknowledged.size());
            Files.writeString(out.resolve("timeline.md"), timeline);
            System.out.println(timeline);
        } finally {
            loading.set(false);
            writer.join(20000);
            reader.join(20000);
        }
    }

    /** A report with {@value #CLAIMS_PER_REPORT} claims: a document stored with fewer is half written. */
    private static Map<String, Object> report(String url, int n) {
        Map<String, Object> d = new HashMap<>(TestDocs.report(url, "Outage group " + n));
        StringBuilder text = new StringBuilder((String) d.get("text"));
        for (int k = 0; k < CLAIMS_PER_REPORT; k++) {
            text.append(" Outage group ").append(n).append(" reported item ").append(k).append('.');
        }
        String body = text.toString();
        List<Map<String, Object>> claims = new ArrayList<>();
        for (int k = 0; k < CLAIMS_PER_REPORT; k++) {
            claims.add(TestDocs.claim("c" + k, "Outage group " + n + " reported item " + k + ".", "grp", List.of("ven"),
                    TestDocs.span(body, "reported item " + k + ".")));
        }
        d.put("text", body);
        d.put("claims", claims);
        d.put("relationships", List.of());
        return d;
    }

    private Map<String, Integer> storedClaimCounts(int port) throws Exception {
        Map<String, Integer> out = new HashMap<>();
        String after = null;
        do {
            JsonNode page = JSON.readTree(send(port, null, Map.of("query",
                    "query($after: String) { documents(first: 100, after: $after) { pageInfo { hasNextPage endCursor }"
                            + " nodes { url claims { totalCount } } } }", "variables", after == null ? Map.of()
                                    : Map.of("after", after))).body()).at("/data/documents");
            for (JsonNode d : page.at("/nodes")) {
                if (d.at("/url").asText().startsWith("https://example.org/outage/")) {
                    out.put(d.at("/url").asText(), d.at("/claims/totalCount").asInt());
                }
            }
            after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asText() : null;
        } while (after != null);
        return out;
    }

    private Sample post(int port, String token, Map<String, Object> body, String what, List<String> hung) {
        long at = now();
        try {
            HttpResponse<String> r = send(port, token, body);
            JsonNode json = JSON.readTree(r.body());
            JsonNode code = json.at("/errors/0/extensions/code");
            return new Sample(at, what, r.statusCode(), code.isMissingNode() ? null : code.asText(), now() - at);
        } catch (java.net.http.HttpTimeoutException e) {
            hung.add(what + " at " + at + " ms");
            return new Sample(at, what, -1, "TIMEOUT", now() - at);
        } catch (IOException | InterruptedException e) {
            return new Sample(at, what, -2, e.toString(), now() - at);
        }
    }

    private HttpResponse<String> send(int port, String token, Map<String, Object> body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private long waitForStatus(int port, String path, int status) throws Exception {
        long deadline = now() + 30_000;
        while (now() < deadline) {
            if (get(port, path) == status) {
                return now();
            }
            Thread.sleep(20);
        }
        throw new AssertionError(path + " did not answer " + status + " within 30 s: " + app.log());
    }

    private void waitFor(java.util.function.BooleanSupplier condition, int seconds, String what) throws Exception {
        long deadline = now() + seconds * 1000L;
        while (!condition.getAsBoolean()) {
            if (now() > deadline) {
                throw new AssertionError("not within " + seconds + " s: " + what + "\n" + app.log());
            }
            Thread.sleep(20);
        }
    }

    private static long slowest(List<Sample> samples) {
        return samples.stream().filter(s -> s.status == 503).mapToLong(Sample::tookMs).max().orElse(0);
    }

    private long now() {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void control(String action) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(System.getProperty("claimgraph.test.pg.control"), action).inheritIO().start();
        assertEquals(0, p.waitFor(), "postgres.sh " + action);
    }
}
