package app.claimgraph;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Crash safety of the packaged application on its file database: a stream of ingests, SIGKILL in
 * the middle, restart. Every ingest acknowledged before the kill is there, whole; no document is
 * half-ingested (each has all of its claims and evidence).
 */
class CrashIT {

    static final int CLAIMS_PER_DOC = 5;
    private Process process;

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    /**
     * SIGTERM, then SIGKILL, on one database: four writers ingest documents; after 20 are acknowledged
     * the process gets the signal; after a restart every acknowledged document is there, whole. With
     * SIGTERM, no request sent before the signal may lose its connection (graceful shutdown). The
     * SIGKILL round runs on the instance restarted after the SIGTERM round (three starts, not four).
     */
    @Test
    void acknowledgedIngestsSurviveSigtermAndSigkill() throws Exception {
        Path dir = Files.createTempDirectory("claimgraph-crash");
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path publicKey = dir.resolve("public.pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n",
                StandardCharsets.US_ASCII);
        String token = Tokens.sign(keys.getPrivate(), "crash-test", List.of("editor"), Instant.now().plusSeconds(3600));
        int port = freePort();
        start(dir, port, publicKey);
        Set<String> graceful = stopMidStream(dir, port, publicKey, token, false, "term");
        System.out.printf("Graceful shutdown: %d ingests acknowledged, none in flight at SIGTERM lost%n", graceful.size());
        Set<String> killed = stopMidStream(dir, port, publicKey, token, true, "kill");
        assertTrue(storedUrls(port).containsAll(graceful), "the SIGTERM round's documents are still there");
        System.out.printf("Crash test: %d ingests acknowledged before SIGKILL, all found whole after restart%n", killed.size());
    }

    /** Streams ingests into the running instance, signals it, restarts it and checks what is stored. */
    private Set<String> stopMidStream(Path dir, int port, Path publicKey, String token, boolean kill, String round)
            throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> lostInFlight = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicLong signalled = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int i = 0; running.get() && i < 10_000; i++) {
                    String url = "https://example.org/crash/" + round + "/" + writer + "/" + i;
                    long sent = System.nanoTime();
                    try {
                        JsonPath r = given().port(port).contentType(ContentType.JSON).header("Authorization", "Bearer " + token)
                                .body(Map.of("query", "mutation($i: DocumentInput!) { ingestDocument(input: $i) { outcome } }",
                                        "variables", Map.of("i", document(url))))
                                .post("/graphql").then().extract().jsonPath();
                        if ("CREATED".equals(r.getString("data.ingestDocument.outcome"))) {
                            acknowledged.add(url);
                        }
                    } catch (Exception connectionLost) {
                        // refused: the listener had closed before this request connected, so the service
                        // never had it; any other failure of a request sent before the signal is a loss
                        if (sent < signalled.get() && !refused(connectionLost)) {
                            lostInFlight.add(url + " (" + connectionLost.getClass().getSimpleName() + ")");
                        }
                        return;
                    }
                }
            });
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (acknowledged.size() < 20 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        signalled.set(System.nanoTime());
        if (kill) {
            process.destroyForcibly().waitFor(); // SIGKILL, mid-stream
        } else {
            process.destroy(); // SIGTERM
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the service stops after SIGTERM");
        }
        running.set(false);
        writers.shutdown();
        writers.awaitTermination(30, TimeUnit.SECONDS);
        assertTrue(acknowledged.size() >= 20, "ingests were acknowledged before the signal: " + acknowledged.size());
        if (!kill) {
            assertTrue(lostInFlight.isEmpty(), "requests sent before SIGTERM lost their connection: " + lostInFlight);
        }

        start(dir, port, publicKey);
        assertTrue(storedUrls(port).containsAll(acknowledged), "every acknowledged ingest survived");
        return acknowledged;
    }

    private static boolean refused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /** The URLs of the stored documents, each checked whole (all of its claims). */
    private Set<String> storedUrls(int port) {
        List<Map<String, Object>> docs = new java.util.ArrayList<>();
        String after = null;
        do {
            JsonPath page = query(port, "query($a: String) { documents(first: 50, after: $a) { pageInfo { hasNextPage endCursor }"
                    + " nodes { url claims(first: 100) { totalCount nodes { evidence { text } } } } } }", vars("a", after));
            docs.addAll(page.getList("data.documents.nodes"));
            after = page.getBoolean("data.documents.pageInfo.hasNextPage") ? page.getString("data.documents.pageInfo.endCursor") : null;
        } while (after != null);
        Set<String> urls = new java.util.HashSet<>();
        for (Map<String, Object> d : docs) {
            if (d.get("url") == null) {
                continue; // the seed report
            }
            urls.add((String) d.get("url"));
            Map<?, ?> claims = (Map<?, ?>) d.get("claims");
            assertEquals(CLAIMS_PER_DOC, claims.get("totalCount"), "document " + d.get("url") + " is whole");
        }
        return urls;
    }

    static Map<String, Object> document(String url) {
        StringBuilder text = new StringBuilder();
        List<Map<String, Object>> claims = new java.util.ArrayList<>();
        for (int c = 0; c < CLAIMS_PER_DOC; c++) {
            String sentence = "Crash test sentence " + c + " of " + url + ".";
            int start = text.length();
            text.append(sentence).append(' ');
            claims.add(Map.of("ref", "c" + c, "text", "Claim " + c, "type", "REPORT", "status", "ASSERTED",
                    "claimant", "src", "subjects", List.of("us"),
                    "evidence", List.of(Map.of("start", start, "end", start + sentence.length(), "text", sentence))));
        }
        return Map.of("title", "Crash " + url, "url", url, "text", text.toString(),
                "actors", List.of(Map.of("ref", "src", "name", "Crash Test Wire", "kind", "MEDIA"),
                        Map.of("ref", "us", "name", "Washington", "kind", "STATE", "countryCode", "USA")),
                "claims", claims,
                "relationships", List.of(Map.of("source", "src", "target", "us", "type", "REPORTS_ON", "status", "ACTIVE",
                        "evidence", List.of("c0"))));
    }

    private void start(Path dir, int port, Path publicKey) throws IOException, InterruptedException {
        String jar = System.getProperty("runner.jar", "target/quarkus-app/quarkus-run.jar");
        Path log = Files.createTempFile("claimgraph-crash", ".log");
        List<String> command = PackagedApp.java();
        command.addAll(List.of("-Dclaimgraph.db.path=" + dir.resolve("db"), "-Dquarkus.http.port=" + port,
                "-Dmp.jwt.verify.publickey.location=" + publicKey, "-jar", jar));
        process = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the application exited: " + Files.readString(log));
            }
            try {
                if (given().port(port).get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no answer within 60 s: " + Files.readString(log));
    }

    private static Map<String, Object> vars(String name, Object value) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put(name, value);
        return m;
    }

    private static JsonPath query(int port, String query, Map<String, Object> variables) {
        JsonPath r = given().port(port).contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
        assertNull(r.get("errors"), r::prettify);
        return r;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
