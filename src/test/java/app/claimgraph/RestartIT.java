package app.claimgraph;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * Runs the packaged application (target/quarkus-app) as a process on a file database, twice:
 * the second start keeps the data, stores the seed no second time and hands out the same IDs.
 * Also checks what only the packaged build shows: the GraphQL UI and the SDL are served.
 */
class RestartIT {

    private static final String SNAPSHOT = """
            { actors(first: 100) { totalCount nodes { id name aliases } }
              claims(first: 100) { totalCount nodes { id text evidence { start end } } }
              relationships(first: 100) { totalCount nodes { id type } }
              documents { totalCount nodes { id } } }""";

    private final PackagedApp app = new PackagedApp();

    @AfterEach
    void stop() throws InterruptedException {
        app.stop();
    }

    private long start(Path dir, int port, String... properties) throws IOException, InterruptedException {
        return app.start(dir, port, properties);
    }

    private static JsonPath query(int port, String query) {
        return PackagedApp.query(port, query);
    }

    private static int freePort() throws IOException {
        return PackagedApp.freePort();
    }

    @Test
    void restartKeepsDataAndDoesNotDuplicateTheSeed() throws Exception {
        Path dir = Files.createTempDirectory("claimgraph-restart");
        int port = freePort();

        long started = start(dir, port);
        System.out.printf("Packaged start-up to first answered query: %d ms (first start, seed loaded)%n", started);
        JsonPath first = query(port, SNAPSHOT);
        assertEquals(1, first.getInt("data.documents.totalCount"));
        assertEquals(29, first.getInt("data.claims.totalCount"), "the seed's claims");
        given().port(port).when().get("/q/graphql-ui/").then().statusCode(200);
        given().port(port).when().get("/graphql/schema.graphql").then().statusCode(200);
        assertTrue(app.log().contains(": CREATED"), "first start stores the seed");
        stop();
        String written = dataVersion(dir);

        long restarted = start(dir, port);
        System.out.printf("Packaged start-up to first answered query: %d ms (restart, seed already stored)%n", restarted);
        JsonPath second = query(port, SNAPSHOT);
        assertTrue(app.log().contains(": UNCHANGED"), "second start finds the seed stored");
        for (String part : List.of("actors", "claims", "relationships", "documents")) {
            assertEquals(first.getInt("data." + part + ".totalCount"), second.getInt("data." + part + ".totalCount"), part);
            assertEquals(first.getList("data." + part + ".nodes"), second.getList("data." + part + ".nodes"), part);
        }
        assertTrue(Files.exists(dir.resolve("db.mv.db")), "the data lives in the configured file database");
        stop();
        assertEquals(written, dataVersion(dir), "a restart writes nothing: same data version and change log");
    }

    /** The write lock's data version and the change log's size, read from the stopped service's file. */
    private static String dataVersion(Path dir) throws java.sql.SQLException {
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db"), "sa", "");
                var s = c.createStatement();
                var r = s.executeQuery("SELECT (SELECT version FROM write_lock WHERE id = 1), "
                        + "(SELECT COUNT(*) FROM change_log)")) {
            r.next();
            return "version " + r.getLong(1) + ", changes " + r.getLong(2);
        }
    }

    @Test
    void logsAreJsonLinesWhenAskedAndHealthIsServed() throws Exception {
        Path dir = Files.createTempDirectory("claimgraph-json");
        int port = freePort();
        start(dir, port, "-Dclaimgraph.log.json=true");
        given().port(port).when().get("/q/health/ready").then().statusCode(200);
        given().port(port).when().get("/q/metrics").then().statusCode(200);
        List<String> lines = app.log().lines().toList().stream().filter(l -> !l.isBlank()).toList();
        assertTrue(lines.size() > 3, "the start logs something");
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        boolean startedLine = false;
        for (String line : lines) {
            var json = mapper.readTree(line); // every line is one JSON object
            assertTrue(json.has("message") && json.has("level") && json.has("timestamp"), line);
            startedLine |= json.get("message").asText().contains("started in");
        }
        assertTrue(startedLine, "Quarkus's start line is among them");
    }

    @Test
    void productionRefusesToStartWithTheDevelopmentKey() throws Exception {
        Path dir = Files.createTempDirectory("claimgraph-devkey");
        Path out = Files.createTempFile("claimgraph-devkey", ".log");
        List<String> command = PackagedApp.java();
        command.addAll(List.of("-Dclaimgraph.db.path=" + dir.resolve("db"), "-Dquarkus.http.port=" + freePort(),
                "-Dmp.jwt.verify.publickey.location=dev/jwt-public.pem",
                "-jar", System.getProperty("runner.jar", "target/quarkus-app/quarkus-run.jar")));
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the start should fail, not hang");
        assertTrue(p.exitValue() != 0, "exit code");
        assertTrue(Files.readString(out).contains("documented development key"), Files.readString(out));
    }
}
