package app.claimgraph;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Export and import on the packaged H2 build: a curated graph (reports read by ingestText, a verdict
 * with its note, a claim link, a merge, a relationship edit) exported, imported into an empty
 * database, exported again: the same bytes, the same answers. Leaves the export and the answers in
 * target/transfer/ for {@code TransferPgIT}, which imports them into PostgreSQL.
 */
class TransferIT {

    static final Path OUT = Path.of("target/transfer");
    /**
     * Every field of every object a client can list (from the schema, {@link EveryField}: a field added to the
     * API is compared without being listed here), the orders, a merged actor's id, a search.
     */
    static String snapshot(int port) {
        EveryField every = EveryField.of(port);
        return "{ actors(first: 100) { totalCount nodes { " + every.of("Actor") + " } }"
                + " claims(first: 100) { totalCount nodes { " + every.of("Claim") + " } }"
                + " relationships(first: 100) { totalCount nodes { " + every.of("Relationship") + " } }"
                + " documents(first: 100) { totalCount nodes { " + every.of("Document") + " } }"
                + " changes(first: 100) { totalCount nodes { " + every.of("Change") + " } }"
                + """
                 byDate: claims(first: 100, orderBy: {field: STATED_ON, direction: ASC}) { nodes { id } }
                  byDateDesc: claims(first: 100, orderBy: {field: STATED_ON, direction: DESC}) { nodes { id } }
                  newestFirst: claims(first: 100, orderBy: {field: DOCUMENT_ORDER, direction: DESC}) { nodes { id } }
                  actorsByName: actors(first: 100, orderBy: {field: NAME, direction: DESC}) { nodes { id } }
                  merged: actor(id: "QWN0b3I6YnJpdGFpbi10cmFuc2Zlci10ZXN0") { id name }
                  search(query: "Maduro", first: 5) { nodes { node { id } } } }""";
    }

    private final PackagedApp app = new PackagedApp();

    @AfterEach
    void stop() throws InterruptedException {
        app.stop();
    }

    @Test
    void anExportImportedIntoAnEmptyDatabaseExportsTheSameBytesAndAnswersTheSame() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path a = Files.createTempDirectory("claimgraph-transfer-a");
        Path key = PackagedApp.publicKey(keys, a);
        Instant until = Instant.now().plusSeconds(3600);
        String editor = Tokens.sign(keys.getPrivate(), "curator", List.of("editor"), until);
        String admin = Tokens.sign(keys.getPrivate(), "ops", List.of("admin"), until);
        int port = PackagedApp.freePort();
        app.start(a, port, "-Dmp.jwt.verify.publickey.location=" + key);
        curate(port, editor);

        byte[] first = export(port, admin);
        String snapshot = snapshot(port);
        JsonPath answers = PackagedApp.query(port, snapshot);
        // who may: an admin only
        given().port(port).get("/admin/export").then().statusCode(401).body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("UNAUTHENTICATED"));
        given().port(port).header("Authorization", "Bearer " + editor).get("/admin/export").then().statusCode(403);
        // into a database that holds data: refused, nothing written
        given().port(port).header("Authorization", "Bearer " + admin).body(first).post("/admin/import").then().statusCode(409)
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("CONFLICT"));
        assertEquals(answers.prettify(), PackagedApp.query(port, snapshot).prettify(), "a refused import writes nothing");
        app.stop();

        Path b = Files.createTempDirectory("claimgraph-transfer-b");
        // H2 commits an import in steps: five lines each here, so a failure while writing undoes many steps;
        // and compacts the file after every step (every 10 s by default)
        app.start(b, port, "-Dmp.jwt.verify.publickey.location=" + key, "-Dclaimgraph.seed.enabled=false",
                "-Dclaimgraph.import.commit-lines=5", "-Dclaimgraph.import.h2-compact-every-ms=0");
        byte[] empty = export(port, admin);
        // a file that is not an export: refused as a bad request, nothing written (the import below finds the database empty)
        given().port(port).header("Authorization", "Bearer " + admin).body("{\"not\":\"an export\"}\n").post("/admin/import").then()
                .statusCode(400).body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_REQUEST"));
        FailedImports.refuseAndWriteNothing(port, admin, first);
        JsonPath imported = FailedImports.twoAtOnce(port, admin, first);
        System.out.println("Import: " + imported.prettify());
        assertEquals(answers.getInt("data.documents.totalCount"), imported.getInt("imported.document"));
        byte[] second = export(port, admin);
        assertArrayEquals(first, second, "export → import → export gives the same bytes");
        assertEquals(answers.prettify(), PackagedApp.query(port, snapshot).prettify(), "the imported graph answers the same");
        // the original report sent again is recognised as stored, unchanged
        assertEquals("UNCHANGED", ingest(port, editor, "dev/01-congo-talks.txt", "https://example.org/transfer/congo"));
        // the import writes with a write delay; after it, a write is on disk before its answer again: killed at once, kept
        assertEquals("CREATED", ingest(port, editor, "dev/02-eu-sanctions.txt", "https://example.org/transfer/after-import"));
        app.kill();
        app.start(b, port, "-Dmp.jwt.verify.publickey.location=" + key, "-Dclaimgraph.seed.enabled=false");
        assertEquals(answers.getInt("data.documents.totalCount") + 1,
                PackagedApp.query(port, "{ documents { totalCount } }").getInt("data.documents.totalCount"),
                "an ingest answered after an import survives SIGKILL");
        app.stop();

        // the process ended during an import (its import_state row is still there): the next start deletes its rows
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + b.resolve("db"), "sa", "");
                Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO import_state (id, started_at) VALUES (1, CURRENT_TIMESTAMP)");
        }
        app.start(b, port, "-Dmp.jwt.verify.publickey.location=" + key, "-Dclaimgraph.seed.enabled=false");
        assertArrayEquals(empty, export(port, admin), "an import cut short by the process ending is undone at the next start");
        assertEquals(200, given().port(port).header("Authorization", "Bearer " + admin).body(first).post("/admin/import")
                .statusCode(), "and the same file may be sent again");
        assertArrayEquals(first, export(port, admin));
        app.stop();

        // a format 1 file (no trailer) is refused unless the caller says to trust it; then it imports whole
        Path c = Files.createTempDirectory("claimgraph-transfer-c");
        Path spools = Files.createTempDirectory("claimgraph-spools");
        app.start(c, port, "-Dmp.jwt.verify.publickey.location=" + key, "-Dclaimgraph.seed.enabled=false",
                "-Djava.io.tmpdir=" + spools);
        FailedImports.abortedUploadLeavesNoSpool(port, admin, spools);
        byte[] format1 = FailedImports.asFormat1(first);
        given().port(port).header("Authorization", "Bearer " + admin).body(format1).post("/admin/import").then().statusCode(400)
                .body("errors[0].message", org.hamcrest.Matchers.containsString("?unverified=true"));
        given().port(port).header("Authorization", "Bearer " + admin).body(format1).post("/admin/import?unverified=true").then()
                .statusCode(200);
        // (its hashes are taken for version 1's, as a format 1 file's are: the export says so, the answers are the same)
        assertEquals(answers.prettify(), PackagedApp.query(port, snapshot).prettify(), "a format 1 file imports the same graph");

        Files.createDirectories(OUT);
        Files.write(OUT.resolve("h2-export.jsonl"), first);
        Files.writeString(OUT.resolve("h2-answers.json"), answers.prettify(), StandardCharsets.UTF_8);
        System.out.printf("Transfer: %d lines, %d bytes, round trip byte-identical%n",
                new String(first, StandardCharsets.UTF_8).lines().count(), first.length);
    }

    /** What an editor does to a graph besides ingesting: every kind of curation the export must keep. */
    static void curate(int port, String editor) {
        // the first report, then another, then the first again in its final words: its claims are rewritten after
        // the second report's, so their row ids no longer follow the documents' order (as after any correction)
        assertEquals("CREATED", ingest(port, editor, "dev/01-congo-talks.txt", "https://example.org/transfer/congo", " Talks resume Monday."));
        assertEquals("CREATED", ingest(port, editor, "dev/02-eu-sanctions.txt", "https://example.org/transfer/eu"));
        assertEquals("UPDATED", ingest(port, editor, "dev/01-congo-talks.txt", "https://example.org/transfer/congo"));
        String halted = ok(port, editor, "{ claims(filter: {text: \"halted intelligence sharing\"}, first: 1) { nodes { id } } }")
                .getString("data.claims.nodes[0].id");
        String stopped = ok(port, editor, "{ claims(filter: {text: \"stopped transmitting\"}, first: 1) { nodes { id } } }")
                .getString("data.claims.nodes[0].id");
        ok(port, editor, "mutation { updateClaimStatus(id: \"" + halted + "\", status: CONFIRMED, note: \"UK officials confirmed\") { id } }");
        ok(port, editor, "mutation { linkClaims(from: \"" + stopped + "\", to: \"" + halted + "\", type: CORROBORATES) { id } }");
        String uk = ok(port, editor, "{ search(query: \"United Kingdom\", types: [ACTOR], first: 1) { nodes { node { id } } } }")
                .getString("data.search.nodes[0].node.id");
        String britain = ok(port, editor, "mutation { upsertActor(input: {name: \"Britain transfer test\", kind: STATE, countryCode: \"GBR\","
                + " aliases: [\"Blighty\"]}) { actor { id } } }").getString("data.upsertActor.actor.id");
        ok(port, editor, "mutation { mergeActors(keep: \"" + uk + "\", merge: [\"" + britain + "\"]) { id } }");
        String rel = ok(port, editor, "{ relationships(filter: {types: [SUSPENDS_COOPERATION_WITH]}, first: 1) { nodes { id } } }")
                .getString("data.relationships.nodes[0].id");
        ok(port, editor, "mutation { updateRelationship(id: \"" + rel + "\", input: {status: ENDED, since: \"2025-11-01\", until: \"2026-01-15\"}) { id } }");
        // a document with a value in every field of DocumentInput (found in the schema): the export must carry each
        Map<String, Object> every = TestDocs.everyDocumentField(TestDocs.documentScalars(PackagedApp.query(port, TestDocs.DOCUMENT_INPUT_FIELDS)),
                "https://example.org/transfer/every-field", "transfer", 20);
        JsonPath stored = given().port(port).contentType(ContentType.JSON).header("Authorization", "Bearer " + editor)
                .body(Map.of("query", TestDocs.INGEST, "variables", Map.of("input", every))).post("/graphql")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("CREATED", stored.getString("data.ingestDocument.outcome"), stored::prettify);
    }

    static String ingest(int port, String editor, String report, String url) {
        return ingest(port, editor, report, url, "");
    }

    static String ingest(int port, String editor, String report, String url, String appended) {
        try {
            String text = Files.readString(Path.of("src/test/resources/extraction", report)).strip() + appended;
            return given().port(port).contentType(ContentType.JSON).header("Authorization", "Bearer " + editor)
                    .body(Map.of("query", "mutation($in: TextInput!) { ingestText(input: $in) { outcome } }",
                            "variables", Map.of("in", Map.of("text", text, "url", url, "publishedOn", "2026-03-04"))))
                    .post("/graphql").then().statusCode(200).extract().jsonPath().getString("data.ingestText.outcome");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static JsonPath ok(int port, String token, String query) {
        JsonPath r = given().port(port).contentType(ContentType.JSON).header("Authorization", "Bearer " + token)
                .body(Map.of("query", query)).post("/graphql").then().statusCode(200).extract().jsonPath();
        assertNull(r.get("errors"), r::prettify);
        return r;
    }

    static byte[] export(int port, String admin) {
        var response = given().port(port).header("Authorization", "Bearer " + admin).get("/admin/export").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/x-ndjson")).extract();
        byte[] body = response.asByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\"claimgraph\":\"export\",\"format\":2}\n"), text.lines().findFirst().orElse(""));
        assertTrue(text.lines().reduce((a, b) -> b).orElse("").startsWith("{\"claimgraph\":\"end\""), "the export ends with its trailer");
        return body;
    }
}
