package app.claimgraph;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * An online backup taken during a stream of ingests, restored as README says (unzip into a new
 * directory, start there): every document acknowledged before the backup began is in it, whole.
 */
class BackupIT {

    private final PackagedApp app = new PackagedApp();

    @AfterEach
    void stop() throws InterruptedException {
        app.stop();
    }

    @Test
    void aBackupTakenDuringIngestsRestoresEveryAcknowledgedDocumentWhole() throws Exception {
        Path dir = Files.createTempDirectory("claimgraph-backup");
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path publicKey = PackagedApp.publicKey(keys, dir);
        Instant expires = Instant.now().plusSeconds(3600);
        String editor = Tokens.sign(keys.getPrivate(), "backup-test", List.of("editor"), expires);
        String admin = Tokens.sign(keys.getPrivate(), "ops", List.of("admin"), expires);
        Path backups = dir.resolve("backups");
        int port = PackagedApp.freePort();
        app.start(dir, port, "-Dmp.jwt.verify.publickey.location=" + publicKey, "-Dclaimgraph.backup.dir=" + backups);

        // two writers ingest while the backup runs; each acknowledgement is stamped with its time
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        for (int w = 0; w < 2; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int i = 0; running.get() && i < 10_000; i++) {
                    String url = "https://example.org/backup/" + writer + "/" + i;
                    JsonPath r = given().port(port).contentType(ContentType.JSON).header("Authorization", "Bearer " + editor)
                            .body(Map.of("query", "mutation($i: DocumentInput!) { ingestDocument(input: $i) { outcome } }",
                                    "variables", Map.of("i", CrashIT.document(url))))
                            .post("/graphql").then().extract().jsonPath();
                    if ("CREATED".equals(r.getString("data.ingestDocument.outcome"))) {
                        acknowledged.put(url, System.nanoTime());
                    }
                }
            });
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (acknowledged.size() < 30 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long began = System.nanoTime();
        JsonPath backup = given().port(port).contentType(ContentType.JSON).header("Authorization", "Bearer " + admin)
                .body(Map.of("query", "mutation { backupDatabase { file bytes startedAt tookMs } }"))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertNull(backup.get("errors"), backup::prettify);
        int atBackup = acknowledged.size();
        deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (acknowledged.size() < atBackup + 10 && System.nanoTime() < deadline) { // ingests go on after it
            Thread.sleep(20);
        }
        running.set(false);
        writers.shutdown();
        assertTrue(writers.awaitTermination(30, TimeUnit.SECONDS));
        Set<String> before = new HashSet<>();
        acknowledged.forEach((url, at) -> {
            if (at < began) {
                before.add(url);
            }
        });
        assertTrue(before.size() >= 30, "ingests acknowledged before the backup: " + before.size());
        Path zip = backups.resolve(backup.getString("data.backupDatabase.file"));
        assertEquals(Files.size(zip), backup.getLong("data.backupDatabase.bytes"));
        System.out.printf("Backup during ingests: %d bytes in %d ms; %d documents acknowledged before it, %d in all%n",
                Files.size(zip), backup.getLong("data.backupDatabase.tookMs"), before.size(), acknowledged.size());
        app.stop();

        // restore as README says, its two command lines run as written (the backup's file name, and the database's
        // name, "db" here, put in for its example's)
        Path work = Files.createTempDirectory("claimgraph-restore-work");
        List<String> steps = readmeRestore();
        String unzipLine = steps.get(0).replaceFirst("data/backups/\\S+\\.zip", zip.toAbsolutePath().toString());
        Process unzipping = new ProcessBuilder("bash", "-c", unzipLine).directory(work.toFile()).inheritIO().start();
        assertEquals(0, unzipping.waitFor(), "README's unzip line: " + unzipLine);
        java.util.regex.Matcher env = java.util.regex.Pattern.compile("^CLAIMGRAPH_DB_PATH=(\\S+) java -jar (\\S+)$")
                .matcher(steps.get(1));
        assertTrue(env.find(), "README's start line sets CLAIMGRAPH_DB_PATH and runs the jar: " + steps.get(1));
        String dbPath = env.group(1).replaceFirst("claimgraph$", "db");
        app.startIn(work, Map.of("CLAIMGRAPH_DB_PATH", dbPath), port, "-Dmp.jwt.verify.publickey.location=" + publicKey);
        Map<String, Integer> claimsByUrl = new java.util.HashMap<>();
        String after = null;
        do {
            JsonPath page = PackagedApp.query(port, "{ documents(first: 100" + (after == null ? "" : ", after: \"" + after + "\"")
                    + ") { pageInfo { hasNextPage endCursor } nodes { url claims { totalCount } } } }");
            List<Map<String, Object>> nodes = page.getList("data.documents.nodes");
            for (Map<String, Object> d : nodes) {
                if (d.get("url") != null) {
                    claimsByUrl.put((String) d.get("url"), (Integer) ((Map<?, ?>) d.get("claims")).get("totalCount"));
                }
            }
            after = page.getBoolean("data.documents.pageInfo.hasNextPage") ? page.getString("data.documents.pageInfo.endCursor") : null;
        } while (after != null);
        List<String> missing = new ArrayList<>(before);
        missing.removeAll(claimsByUrl.keySet());
        assertEquals(List.of(), missing, "every document acknowledged before the backup began is restored");
        claimsByUrl.forEach((url, claims) -> assertEquals(CrashIT.CLAIMS_PER_DOC, claims, url + " is whole"));
        assertTrue(app.log().contains(": UNCHANGED"), "the seed came back with the backup");
    }

    /** The two lines of README's restore block: the unzip, then the start with the restored database. */
    private static List<String> readmeRestore() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("**Restore**")).findFirst().orElseThrow());
        List<String> block = new ArrayList<>();
        for (int i = at + 1; i < lines.size() && block.size() < 2; i++) {
            String l = lines.get(i).trim();
            if (!l.isEmpty() && !l.startsWith("```")) {
                block.add(l);
            }
        }
        return block;
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
    }
}
