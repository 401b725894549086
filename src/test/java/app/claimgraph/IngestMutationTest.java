package app.claimgraph;

import static app.claimgraph.Gql.edit;
import static app.claimgraph.Gql.ok;
import static app.claimgraph.Gql.vars;
import static app.claimgraph.TestDocs.INGEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.claimgraph.ingest.WriteLock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** ingestDocument: create, match actors by alias, idempotency, changed versions, change history. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class IngestMutationTest {

    @Inject
    WriteLock lock;

    @Test
    void everyWriteIsRefusedWhileAnImportIsWrittenInSteps() {
        Map<String, Object> doc = TestDocs.report("https://example.org/during-import", "Import bystanders");
        int before = ok("{ documents { totalCount } }").getInt("data.documents.totalCount");
        lock.reserveForImport(); // what an import into H2 does for its length: this thread is the importer
        try {
            JsonPath refused = Gql.post(Tokens.editor(), INGEST, vars("input", doc));
            assertEquals("CONFLICT", refused.getString("errors[0].extensions.code"), refused.prettify());
            assertTrue(refused.getString("errors[0].message").contains("An import is being written"), refused.prettify());
            assertEquals(before, ok("{ documents { totalCount } }").getInt("data.documents.totalCount"), "nothing written");
        } finally {
            lock.reopen();
        }
        assertEquals("CREATED", edit(INGEST, vars("input", doc)).getString("data.ingestDocument.outcome"));
    }

    @Test
    void ingestMatchesActorsByAliasAndIsIdempotent() {
        int actorsBefore = ok("{ actors { totalCount } }").getInt("data.actors.totalCount");
        Map<String, Object> doc = TestDocs.report("https://example.org/a", "Treasury watchers");
        JsonPath first = edit(INGEST, vars("input", doc));
        assertEquals("CREATED", first.getString("data.ingestDocument.outcome"));
        assertTrue(first.getList("data.ingestDocument.warnings", String.class)
                .contains("actor 'Washington' matched 'United States' by alias"));
        assertEquals(List.of("United States", "Venezuela"), first.getList("data.ingestDocument.matchedActors.name"));
        assertEquals(List.of("Treasury watchers"), first.getList("data.ingestDocument.createdActors.name"));
        assertEquals(1, first.getList("data.ingestDocument.createdClaims").size());
        // the seed already holds US SANCTIONS Venezuela: this document adds evidence to it
        assertEquals(List.of("SANCTIONS"), first.getList("data.ingestDocument.updatedRelationships.type"));
        assertEquals(actorsBefore + 1, ok("{ actors { totalCount } }").getInt("data.actors.totalCount"));
        String docId = first.getString("data.ingestDocument.document.id");

        JsonPath again = edit(INGEST, vars("input", doc));
        assertEquals("UNCHANGED", again.getString("data.ingestDocument.outcome"));
        assertEquals(docId, again.getString("data.ingestDocument.document.id"));
        assertEquals(List.of(), again.getList("data.ingestDocument.createdClaims"));
        assertEquals(actorsBefore + 1, ok("{ actors { totalCount } }").getInt("data.actors.totalCount"));

        JsonPath rel = ok("""
                query($d: ID!) { claims(filter: {document: $d}) { nodes { relationships { type evidence { id } } claimant { name } } } }""",
                vars("d", docId));
        assertEquals("Treasury watchers", rel.getString("data.claims.nodes[0].claimant.name"));
        assertTrue(rel.getList("data.claims.nodes[0].relationships[0].evidence").size() >= 2, "seed claim + this one");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChangedVersionIsUpdatedInPlace() {
        Map<String, Object> doc = TestDocs.report("https://example.org/b", "Observers B");
        String docId = edit(INGEST, vars("input", doc)).getString("data.ingestDocument.document.id");
        String claimId = ok("query($d: ID!) { claims(filter: {document: $d}) { nodes { id } } }", vars("d", docId))
                .getString("data.claims.nodes[0].id");

        Map<String, Object> v2 = new HashMap<>(doc);
        String text = doc.get("text") + " Caracas rejected them.";
        v2.put("text", text);
        List<Map<String, Object>> claims = new ArrayList<>();
        Map<String, Object> changed = new HashMap<>(((List<Map<String, Object>>) doc.get("claims")).get(0));
        changed.put("text", "Washington imposed further sanctions on Venezuela.");
        claims.add(changed);
        List<Map<String, Object>> actors = new ArrayList<>((List<Map<String, Object>>) doc.get("actors"));
        claims.add(TestDocs.claim("rejects", "Venezuela rejected the sanctions.", "ven", List.of("wash"),
                TestDocs.span(text, "Caracas rejected them")));
        v2.put("claims", claims);
        v2.put("actors", actors);
        List<Map<String, Object>> rels = new ArrayList<>((List<Map<String, Object>>) doc.get("relationships"));
        rels.add(TestDocs.relationship("ven", "CONDEMNS", "wash", "rejects")); // not in the seed
        v2.put("relationships", rels);
        // the document's own fields change too (same url: the same document)
        v2.put("title", "Observers B, updated");
        v2.put("publishedOn", "2025-03-04");
        v2.put("language", "en-GB");

        JsonPath r = edit(INGEST, vars("input", v2));
        assertEquals("UPDATED", r.getString("data.ingestDocument.outcome"));
        assertEquals(docId, r.getString("data.ingestDocument.document.id"));
        JsonPath fields = ok("query($d: ID!) { node(id: $d) { ... on Document { title url publishedOn language text } } }",
                vars("d", docId));
        assertEquals(Map.of("title", "Observers B, updated", "url", "https://example.org/b", "publishedOn", "2025-03-04",
                "language", "en-GB", "text", text), fields.getMap("data.node"));
        assertEquals(List.of(claimId), r.getList("data.ingestDocument.updatedClaims.id"), "same claim, same ID");
        assertEquals(1, r.getList("data.ingestDocument.createdClaims").size());
        assertEquals(List.of(), r.getList("data.ingestDocument.createdActors"), "no duplicate actors");
        JsonPath stored = ok("query($d: ID!) { claims(filter: {document: $d}) { totalCount nodes { id text } } }",
                vars("d", docId));
        assertEquals(2, stored.getInt("data.claims.totalCount"));
        assertEquals("Washington imposed further sanctions on Venezuela.", stored.getString("data.claims.nodes[0].text"));

        // a third version without the second claim removes it, and the relationship it alone supported
        Map<String, Object> v3 = new HashMap<>(v2);
        v3.put("claims", List.of(changed));
        v3.put("relationships", doc.get("relationships"));
        JsonPath r3 = edit(INGEST, vars("input", v3));
        assertEquals(1, r3.getInt("data.ingestDocument.removedClaims"));
        assertEquals(1, r3.getInt("data.ingestDocument.removedRelationships"));
    }

    /**
     * Every scalar field of DocumentInput (found by introspection, so a field added later is covered without
     * being listed here) is stored and read back under the same name on Document, after a first version and
     * after a changed one: a field added to the input and forgotten in the entity, its field list, the row
     * mapping or the GraphQL type fails here. {@code publisher} is a reference to an actor, read as an object.
     */
    @Test
    void everyDocumentFieldOfTheInputIsStoredAndReadBack() {
        Map<String, String> scalars = TestDocs.documentScalars(ok(TestDocs.DOCUMENT_INPUT_FIELDS));
        assertTrue(scalars.keySet().containsAll(List.of("title", "url", "publishedOn", "language", "text")), scalars.toString());
        for (int n : List.of(1, 2)) {
            String version = "v" + n;
            Map<String, Object> doc = TestDocs.everyDocumentField(scalars, "https://example.org/every-field", version, 10 + n);
            String docId = edit(INGEST, vars("input", doc)).getString("data.ingestDocument.document.id");
            JsonPath read = ok("query($d: ID!) { node(id: $d) { ... on Document { " + String.join(" ", scalars.keySet())
                    + " } } }", vars("d", docId));
            assertEquals(doc, read.getMap("data.node"), version);
        }
    }

    /**
     * A subject's claims are listed from copies of the claims' dates and positions kept beside the subject: a new
     * version that moves and re-dates its claims reorders its subject's lists, top-level and nested, in every order.
     */
    @Test
    void aSubjectsListsFollowANewVersionsDatesAndPositions() {
        String text = "First, the council met. Second, it voted. Third, it adjourned.";
        Map<String, Object> doc = new HashMap<>();
        doc.put("title", "Council minutes");
        doc.put("url", "https://example.org/council");
        doc.put("language", "en");
        doc.put("text", text);
        doc.put("actors", List.of(TestDocs.actor("council", "Harbour council", "LEGISLATURE", null)));
        doc.put("claims", List.of(dated("met", TestDocs.span(text, "the council met"), "2025-01-10"),
                dated("voted", TestDocs.span(text, "it voted"), "2025-03-01"),
                dated("adjourned", TestDocs.span(text, "it adjourned"), null)));
        doc.put("relationships", List.of());
        String council = edit(INGEST, vars("input", doc)).getString("data.ingestDocument.createdActors[0].id");
        assertAbout(council, "DOCUMENT_ORDER ASC", "met", "voted", "adjourned");
        assertAbout(council, "STATED_ON ASC", "met", "voted", "adjourned");
        assertAbout(council, "STATED_ON DESC", "voted", "met", "adjourned");

        // the second version swaps where the first and last claims stand in the text, and changes every date
        Map<String, Object> v2 = new HashMap<>(doc);
        v2.put("claims", List.of(dated("met", TestDocs.span(text, "it adjourned"), "2025-06-01"),
                dated("voted", TestDocs.span(text, "it voted"), null),
                dated("adjourned", TestDocs.span(text, "the council met"), "2025-02-01")));
        assertEquals("UPDATED", edit(INGEST, vars("input", v2)).getString("data.ingestDocument.outcome"));
        assertAbout(council, "DOCUMENT_ORDER ASC", "adjourned", "voted", "met");
        assertAbout(council, "DOCUMENT_ORDER DESC", "met", "voted", "adjourned");
        assertAbout(council, "STATED_ON ASC", "adjourned", "met", "voted");
        assertAbout(council, "STATED_ON DESC", "met", "adjourned", "voted");
    }

    /** The claim "The council {ref}.", about the council, with this evidence and date. */
    private static Map<String, Object> dated(String ref, Map<String, Object> span, String statedOn) {
        Map<String, Object> c = TestDocs.claim(ref, "The council " + ref + ".", null, List.of("council"), span);
        c.put("statedOn", statedOn);
        return c;
    }

    /**
     * The claims about {@code actor} in {@code order} ("FIELD DIRECTION") are those of {@code verbs} ("The council
     * met.", …), in that order, both as claims(filter: {subject}) and as claimsAbout give them.
     */
    private static void assertAbout(String actor, String order, String... verbs) {
        String[] fieldAndDirection = order.split(" ");
        JsonPath r = ok("""
                query($a: ID!, $o: ClaimOrder) { claims(filter: {subject: $a}, orderBy: $o) { nodes { text } }
                  actor(id: $a) { claimsAbout(orderBy: $o) { nodes { text } } } }""",
                vars("a", actor, "o", Map.of("field", fieldAndDirection[0], "direction", fieldAndDirection[1])));
        List<String> expected = java.util.Arrays.stream(verbs).map(v -> "The council " + v + ".").toList();
        assertEquals(expected, r.getList("data.claims.nodes.text"), "claims(filter: {subject}), " + order);
        assertEquals(expected, r.getList("data.actor.claimsAbout.nodes.text"), "claimsAbout, " + order);
    }

    @Test
    void everyChangeIsRecordedWithItsAuthor() {
        String docId = edit(INGEST, vars("input", TestDocs.report("https://example.org/c", "Observers C")))
                .getString("data.ingestDocument.document.id");
        JsonPath changes = ok("query($e: ID) { changes(entity: $e) { totalCount nodes { by action entityId entityType after } } }",
                vars("e", docId));
        assertEquals(1, changes.getInt("data.changes.totalCount"));
        assertEquals("alice@example.org", changes.getString("data.changes.nodes[0].by"));
        assertEquals("CREATED", changes.getString("data.changes.nodes[0].action"));
        assertEquals(docId, changes.getString("data.changes.nodes[0].entityId"));
        assertTrue(ok("{ changes(first: 100) { totalCount } }").getInt("data.changes.totalCount") > 3);
    }
}
