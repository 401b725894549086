package app.claimgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * A database written by an earlier release opens with this build: for every fixture in
 * src/test/resources/upgrade/ (an H2 script made by that release with make-fixture.sh), restore it
 * into a new file database, start the packaged application on it, and check that the data reads back
 * whole through the API, the seed is not stored again, and Flyway's history keeps every released
 * migration with its checksum (a changed released migration fails Flyway's validation, run here since a
 * restart on a current schema does not run Flyway).
 */
class UpgradeIT {

    private static final Path FIXTURES = Path.of("src/test/resources/upgrade");
    private final PackagedApp app = new PackagedApp();

    @AfterEach
    void stop() throws InterruptedException {
        app.stop();
    }

    @Test
    void databasesOfEarlierReleasesOpenWithTheirDataAndHistory() throws Exception {
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(FIXTURES)) {
            fixtures = files.filter(p -> p.getFileName().toString().endsWith(".sql.gz")).sorted().toList();
        }
        assertFalse(fixtures.isEmpty(), "at least one release fixture");
        for (Path fixture : fixtures) {
            upgrade(fixture);
        }
    }

    private void upgrade(Path fixture) throws Exception {
        Path dir = Files.createTempDirectory("claimgraph-upgrade");
        String url = "jdbc:h2:file:" + dir.resolve("db");
        Map<String, Long> rows;
        Map<String, Integer> released;
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + fixture.toAbsolutePath() + "' COMPRESSION GZIP");
            rows = counts(s);
            released = history(s);
        }
        assertTrue(released.size() >= 4, "the fixture holds a Flyway history: " + released);
        // The service skips Flyway when the schema is current, so the files are checked against the release here.
        var validation = Flyway.configure().dataSource(url, "sa", "").locations("filesystem:src/main/resources/db/migration")
                .ignoreMigrationPatterns("*:pending").load().validateWithResult();
        assertTrue(validation.validationSuccessful, fixture + ": released migrations unchanged: " + validation.getAllErrorMessages());

        int port = PackagedApp.freePort();
        app.start(dir, port);
        JsonPath r = PackagedApp.query(port, """
                { documents(first: 100) { totalCount nodes { url claims { totalCount } } }
                  actors { totalCount } relationships { totalCount }
                  confirmed: claims(filter: {statuses: [CONFIRMED]}, first: 10) { totalCount nodes { text corroboratedBy { text } } }
                  claims { totalCount } changes(first: 100) { nodes { note } } }""");
        assertEquals(rows.get("document"), r.getLong("data.documents.totalCount"), fixture + ": documents");
        assertEquals(rows.get("claim"), r.getLong("data.claims.totalCount"), fixture + ": claims");
        assertEquals(rows.get("actor"), r.getLong("data.actors.totalCount"), fixture + ": actors");
        assertEquals(rows.get("relationship"), r.getLong("data.relationships.totalCount"), fixture + ": relationships");
        // what the release's editor did: a report ingested by URL, a verdict with its note, a link between claims
        assertTrue(r.getList("data.documents.nodes.url").contains("https://example.org/fixture/sudan-veto"), fixture + ": ingested report");
        assertEquals(1, r.getInt("data.confirmed.totalCount"), fixture + ": the confirmed claim");
        assertTrue(r.getString("data.confirmed.nodes[0].text").contains("halted intelligence sharing"));
        assertEquals(1, r.getList("data.confirmed.nodes[0].corroboratedBy").size(), fixture + ": the claim link");
        assertTrue(r.getList("data.changes.nodes.note").contains("fixture"), fixture + ": the change log keeps the note");
        assertTrue(app.log().contains(": UNCHANGED"), "the seed is found stored, not stored again");
        subjectListsAfterTheUpgrade(port, fixture);
        app.stop();

        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            Map<String, Integer> now = history(s);
            for (Map.Entry<String, Integer> m : released.entrySet()) {
                assertEquals(m.getValue(), now.get(m.getKey()), fixture + ": released migration " + m.getKey() + " kept as it was");
            }
            List<String> shipped = new ArrayList<>();
            try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                        .forEach(n -> shipped.add(n.substring(1, n.indexOf("__"))));
            }
            assertTrue(now.keySet().containsAll(shipped), fixture + ": every shipped migration applied: " + now.keySet());
            try (ResultSet failed = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"")) {
                failed.next();
                assertEquals(0, failed.getInt(1), "no failed migration");
            }
        }
    }

    /**
     * A subject's claims, read from the sort keys V6 copied into claim_subject from the claims, come in the order
     * of the whole list, in both orders, for the actor that is the subject of the most claims.
     */
    private static void subjectListsAfterTheUpgrade(int port, Path fixture) {
        for (String order : List.of("{field: STATED_ON, direction: DESC}", "{field: DOCUMENT_ORDER}")) {
            List<Map<String, Object>> all = PackagedApp.query(port, "{ claims(first: 100, orderBy: " + order
                    + ") { nodes { id subjects { id } } } }").getList("data.claims.nodes");
            Map<String, Long> about = new java.util.HashMap<>();
            for (Map<String, Object> claim : all) {
                for (Object subject : (List<?>) claim.get("subjects")) {
                    about.merge((String) ((Map<?, ?>) subject).get("id"), 1L, Long::sum);
                }
            }
            String actor = java.util.Collections.max(about.entrySet(), Map.Entry.comparingByValue()).getKey();
            List<Object> expected = all.stream().filter(c -> ((List<?>) c.get("subjects")).stream()
                    .anyMatch(s -> actor.equals(((Map<?, ?>) s).get("id")))).map(c -> c.get("id")).toList();
            JsonPath r = PackagedApp.query(port, "{ claims(first: 100, orderBy: " + order + ", filter: {subject: \"" + actor
                    + "\"}) { nodes { id } } }");
            assertTrue(expected.size() > 1, fixture + ": a subject with claims");
            assertEquals(expected, r.getList("data.claims.nodes.id"), fixture + ": subject's claims, " + order);
        }
    }

    private static Map<String, Long> counts(Statement s) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("document", "claim", "actor", "relationship")) {
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                r.next();
                counts.put(table, r.getLong(1));
            }
        }
        return counts;
    }

    /** Version → checksum of every applied migration. */
    private static Map<String, Integer> history(Statement s) throws SQLException {
        Map<String, Integer> history = new LinkedHashMap<>();
        try (ResultSet r = s.executeQuery("SELECT \"version\", \"checksum\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            while (r.next()) {
                history.put(r.getString(1), r.getInt(2));
            }
        }
        return history;
    }
}
