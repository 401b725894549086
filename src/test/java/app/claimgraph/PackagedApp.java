package app.claimgraph;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The packaged application (target/quarkus-app) run as a process on a file database, for the ITs. */
final class PackagedApp {

    private Process process;
    private Path log;

    /**
     * The command that starts a JVM for the packaged application in a test. C1 only and the serial
     * collector: these processes live seconds and answer a few requests, so they start about a
     * quarter faster (6.0 s instead of 8.2 s to ready on the seed, JDK 17, 2 vCPUs) and leave the CPU
     * to the rest of the suite. The ITs check behaviour, not speed (bench/ measures that).
     */
    static List<String> java() {
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    }

    /** Starts it on {@code dir/db}; returns the milliseconds until it answered a GraphQL query. */
    long start(Path dir, int port, String... properties) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("-Dclaimgraph.db.path=" + dir.resolve("db")));
        all.addAll(List.of(properties));
        return startIn(null, Map.of(), port, all.toArray(String[]::new));
    }

    /** Starts it in {@code workDir} (null: this one) with these environment variables, the database where they say. */
    long startIn(Path workDir, Map<String, String> env, int port, String... properties) throws IOException, InterruptedException {
        String jar = Path.of(System.getProperty("runner.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath().toString();
        log = Files.createTempFile("claimgraph-run", ".log");
        long t0 = System.nanoTime();
        List<String> command = java();
        command.add("-Dquarkus.http.port=" + port);
        command.addAll(List.of(properties));
        command.addAll(List.of("-jar", jar));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (workDir != null) {
            builder.directory(workDir.toFile());
        }
        builder.environment().putAll(env);
        process = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the application exited: " + Files.readString(log));
            }
            try {
                if (given().port(port).contentType(ContentType.JSON).body(Map.of("query", "{ documents { totalCount } }"))
                        .post("/graphql").statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - t0).toMillis();
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the application did not answer within 60 s: " + Files.readString(log));
    }

    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
            process = null;
        }
    }

    /** SIGKILL: the process gets no chance to write anything more. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
            process = null;
        }
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    static JsonPath query(int port, String query) {
        JsonPath r = given().port(port).contentType(ContentType.JSON).body(Map.of("query", query))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
        assertNull(r.get("errors"), () -> r.prettify());
        return r;
    }

    /** Writes the public half of a key pair as PEM, for mp.jwt.verify.publickey.location. */
    static Path publicKey(java.security.KeyPair keys, Path dir) throws IOException {
        Path file = dir.resolve("public.pem");
        Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                + java.util.Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n",
                java.nio.charset.StandardCharsets.US_ASCII);
        return file;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
