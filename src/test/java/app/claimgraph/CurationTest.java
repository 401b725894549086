package app.claimgraph;

import static app.claimgraph.Gql.edit;
import static app.claimgraph.Gql.ok;
import static app.claimgraph.Gql.vars;
import static app.claimgraph.TestDocs.INGEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** The curation mutations, each through GraphQL, with their effects read back and their history. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class CurationTest {

    private static final String UPSERT = "mutation($i: ActorUpsertInput!) { upsertActor(input: $i) { created actor { id name kind countryCode aliases description parent { id } } } }";

    @Test
    void upsertCreatesThenUpdatesAndMatchesByName() {
        JsonPath created = edit(UPSERT, vars("i", Map.of("name", "Carla Díaz", "kind", "PERSON", "countryCode", "ven",
                "aliases", List.of("C. Díaz"))));
        assertTrue(created.getBoolean("data.upsertActor.created"));
        String id = created.getString("data.upsertActor.actor.id");
        assertEquals("VEN", created.getString("data.upsertActor.actor.countryCode"));

        JsonPath byName = edit(UPSERT, vars("i", Map.of("name", "carla diaz", "kind", "PERSON", "countryCode", "VEN",
                "description", "An opposition figure.")));
        assertFalse(byName.getBoolean("data.upsertActor.created"), "matched by name, ignoring case and accents");
        assertEquals(id, byName.getString("data.upsertActor.actor.id"));
        assertEquals("An opposition figure.", byName.getString("data.upsertActor.actor.description"));

        String venezuela = Gql.actorId("Venezuela");
        JsonPath byId = edit(UPSERT, vars("i", Map.of("id", id, "aliases", List.of("Díaz"), "parent", venezuela)));
        assertEquals(List.of("Díaz"), byId.getList("data.upsertActor.actor.aliases"));
        assertEquals(venezuela, byId.getString("data.upsertActor.actor.parent.id"));
        assertEquals("Carla Díaz", byId.getString("data.upsertActor.actor.name"));

        JsonPath history = ok("query($e: ID) { changes(entity: $e) { nodes { action before after by } } }", vars("e", id));
        assertEquals(List.of("UPDATED", "UPDATED", "CREATED"), history.getList("data.changes.nodes.action"));
    }

    @Test
    void mergeMovesEverythingAndOldIdsKeepResolving() {
        // two duplicates of one outlet, each with a claim and a relationship
        String keep = createActor("Wire Service Alpha");
        String dup = createActor("Alpha Wire");
        ingestWithClaimant("https://example.org/m1", "Wire Service Alpha");
        ingestWithClaimant("https://example.org/m2", "Alpha Wire");
        int claimsOfKeep = claimsMade(keep);
        int claimsOfDup = claimsMade(dup);
        assertEquals(1, claimsOfKeep);
        assertEquals(1, claimsOfDup);

        JsonPath merged = edit("mutation($k: ID!, $m: [ID!]!) { mergeActors(keep: $k, merge: $m) { id name aliases } }",
                vars("k", keep, "m", List.of(dup)));
        assertEquals(keep, merged.getString("data.mergeActors.id"));
        assertTrue(merged.getList("data.mergeActors.aliases").contains("Alpha Wire"));
        assertEquals(claimsOfKeep + claimsOfDup, claimsMade(keep));

        // the merged ID still resolves, to the kept actor
        JsonPath node = ok("query($id: ID!) { node(id: $id) { id ... on Actor { name } } actor(id: $id) { id } }", vars("id", dup));
        assertEquals(keep, node.getString("data.node.id"));
        assertEquals(keep, node.getString("data.actor.id"));
        // filters by the old ID follow the merge too
        assertEquals(claimsOfKeep + claimsOfDup,
                ok("query($a: ID!) { claims(filter: {claimant: $a}) { totalCount } }", vars("a", dup)).getInt("data.claims.totalCount"));
        // both had "X REPORTS_ON United States": one edge remains, with both claims as evidence
        JsonPath rels = ok("query($a: ID!) { actor(id: $a) { relationships(direction: OUTGOING) { nodes { type evidence { id } } } } }",
                vars("a", keep));
        assertEquals(List.of("REPORTS_ON"), rels.getList("data.actor.relationships.nodes.type"));
        assertEquals(2, rels.getList("data.actor.relationships.nodes[0].evidence").size());
        assertEquals("MERGED", ok("query($e: ID) { changes(entity: $e) { nodes { action } } }", vars("e", dup))
                .getString("data.changes.nodes[0].action"));
    }

    @Test
    void claimVerdictChangesAreRecordedWithWhoAndWhy() {
        String claim = ok("{ claims(filter: {statuses: [UNCONFIRMED]}) { nodes { id } } }").getString("data.claims.nodes[0].id");
        JsonPath r = edit("mutation($id: ID!) { updateClaimStatus(id: $id, status: CONFIRMED, note: \"Pentagon statement\") { id status } }",
                vars("id", claim));
        assertEquals("CONFIRMED", r.getString("data.updateClaimStatus.status"));
        JsonPath history = ok("query($e: ID) { changes(entity: $e, first: 1) { nodes { by action before after note } } }",
                vars("e", claim));
        Map<String, Object> change = history.getMap("data.changes.nodes[0]");
        assertEquals("alice@example.org", change.get("by"));
        assertEquals("UPDATED", change.get("action"));
        assertEquals("{\"status\":\"UNCONFIRMED\"}", change.get("before"));
        assertEquals("{\"status\":\"CONFIRMED\"}", change.get("after"));
        assertEquals("Pentagon statement", change.get("note"));
        edit("mutation($id: ID!) { updateClaimStatus(id: $id, status: UNCONFIRMED) { id } }", vars("id", claim));
    }

    @Test
    void relationshipStatusAndDatesCanBeCorrected() {
        String rel = ok("{ relationships(filter: {types: [ALLIED_WITH]}) { nodes { id } } }").getString("data.relationships.nodes[0].id");
        String count = "query($e: ID) { changes(entity: $e) { totalCount } }";
        int changesBefore = ok(count, vars("e", rel)).getInt("data.changes.totalCount");
        JsonPath r = edit("mutation($id: ID!) { updateRelationship(id: $id, input: {status: SUSPENDED, since: \"1949-04-04\", note: \"test\"}) { status since until } }",
                vars("id", rel));
        assertEquals("SUSPENDED", r.getString("data.updateRelationship.status"));
        assertEquals("1949-04-04", r.getString("data.updateRelationship.since"));
        JsonPath cleared = edit("mutation($id: ID!) { updateRelationship(id: $id, input: {status: ACTIVE, clearSince: true}) { status since } }",
                vars("id", rel));
        assertNull(cleared.get("data.updateRelationship.since"));
        assertEquals(changesBefore + 2, ok(count, vars("e", rel)).getInt("data.changes.totalCount"));
    }

    @Test
    void deletingADocumentRemovesItsClaimsAndUnsupportedRelationships() {
        String text = "The Gamma Council condemned the Delta League on Tuesday. The Delta League rejected the Gamma statement.";
        Map<String, Object> doc = new java.util.HashMap<>(Map.of("title", "Gamma and Delta", "url", "https://example.org/del",
                "text", text,
                "actors", List.of(TestDocs.actor("g", "Gamma Council", "ORGANIZATION", null),
                        TestDocs.actor("d", "Delta League", "ORGANIZATION", null)),
                "claims", List.of(TestDocs.claim("c", "The Gamma Council condemned the Delta League.", "g", List.of("d"),
                        TestDocs.span(text, "The Gamma Council condemned the Delta League")),
                        TestDocs.claim("c2", "The Delta League rejected the Gamma statement.", "d", List.of("g"),
                                TestDocs.span(text, "The Delta League rejected the Gamma statement"))),
                "relationships", List.of(TestDocs.relationship("g", "CONDEMNS", "d", "c"))));
        JsonPath in = edit(INGEST, vars("input", doc));
        String docId = in.getString("data.ingestDocument.document.id");
        String relId = in.getString("data.ingestDocument.createdRelationships[0].id");
        String claimId = in.getString("data.ingestDocument.createdClaims[0].id");

        String search = "{ search(query: \"gamma\", types: [CLAIM, DOCUMENT]) { totalCount } }";
        assertEquals(3, ok(search).getInt("data.search.totalCount"), "the document and its two claims");

        JsonPath del = edit("mutation($id: ID!) { deleteDocument(id: $id) { deletedId removedRelationships } }", vars("id", docId));
        assertEquals(0, ok(search).getInt("data.search.totalCount"), "their words are gone from the index");
        assertEquals(docId, del.getString("data.deleteDocument.deletedId"));
        assertEquals(1, del.getInt("data.deleteDocument.removedRelationships"));
        JsonPath gone = ok("query($d: ID!, $c: ID!, $r: ID!) { document(id: $d) { id } claim(id: $c) { id } relationship(id: $r) { id } }",
                vars("d", docId, "c", claimId, "r", relId));
        assertNull(gone.get("data.document"));
        assertNull(gone.get("data.claim"));
        assertNull(gone.get("data.relationship"));
        assertEquals("DELETED", ok("query($e: ID) { changes(entity: $e) { nodes { action } } }", vars("e", docId))
                .getString("data.changes.nodes[0].action"));
    }

    @Test
    void claimLinksCanBeSetAndRemoved() {
        List<String> ids = ok("{ claims(first: 2) { nodes { id } } }").getList("data.claims.nodes.id");
        String link = "mutation($f: ID!, $t: ID!) { linkClaims(from: $f, to: $t, type: CORROBORATES) { id corroborates { id } } }";
        assertEquals(List.of(ids.get(1)), edit(link, vars("f", ids.get(0), "t", ids.get(1))).getList("data.linkClaims.corroborates.id"));
        assertEquals(List.of(ids.get(0)), ok("query($c: ID!) { claim(id: $c) { corroboratedBy { id } } }", vars("c", ids.get(1)))
                .getList("data.claim.corroboratedBy.id"));
        edit(link, vars("f", ids.get(0), "t", ids.get(1))); // twice is still one link
        JsonPath unlinked = edit("mutation($f: ID!, $t: ID!) { unlinkClaims(from: $f, to: $t, type: CORROBORATES) { corroborates { id } } }",
                vars("f", ids.get(0), "t", ids.get(1)));
        assertEquals(List.of(), unlinked.getList("data.unlinkClaims.corroborates"));
        JsonPath self = Gql.post(Tokens.editor(), "mutation($f: ID!) { linkClaims(from: $f, to: $f, type: CONTRADICTS) { id } }",
                vars("f", ids.get(0)));
        assertEquals("BAD_USER_INPUT", self.getString("errors[0].extensions.code"));
    }

    @Test
    void searchFollowsWrites() {
        String search = "query($q: String!) { search(query: $q) { nodes { type node { id } } } }";
        String id = createActor("Zephyrine Broadcasting");
        assertEquals(List.of(id), ok(search, vars("q", "zephyr")).getList("data.search.nodes.node.id"));
        edit(UPSERT, vars("i", Map.of("id", id, "aliases", List.of("Quetzal Radio"))));
        assertEquals(List.of(id), ok(search, vars("q", "quetzal")).getList("data.search.nodes.node.id"));
        String other = createActor("Zephyrine Broadcasting Corp");
        edit("mutation($k: ID!, $m: [ID!]!) { mergeActors(keep: $k, merge: $m) { id } }", vars("k", id, "m", List.of(other)));
        assertEquals(List.of(id), ok(search, vars("q", "zephyrine broadcasting corp")).getList("data.search.nodes.node.id"),
                "the merged name is now an alias of the kept actor, and the merged actor is gone from the index");
    }

    @Test
    void aMutationsAnswerCanTraverseTheGraph() {
        // a traversal writes its working set on a pooled connection of its own, rolled back, right after a write
        JsonPath r = edit("""
                mutation($i: ActorUpsertInput!) { upsertActor(input: $i) { actor { name
                  neighbourhood { actors { name } relationships { type } } } } }""",
                vars("i", Map.of("name", "Quillon Wire Service", "kind", "MEDIA")));
        assertEquals(List.of("Quillon Wire Service"), r.getList("data.upsertActor.actor.neighbourhood.actors.name"));
        assertEquals(List.of(), r.getList("data.upsertActor.actor.neighbourhood.relationships"));
        String id = ok("query { search(query: \"quillon\", types: [ACTOR]) { nodes { node { id } } } }")
                .getString("data.search.nodes[0].node.id");
        JsonPath paths = ok("query($a: ID!, $b: ID!) { paths(from: $a, to: $b) { length } }",
                vars("a", id, "b", Gql.actorId("United States")));
        assertEquals(List.of(), paths.getList("data.paths"), "no relationship links the new actor to anyone");
    }

    private static String createActor(String name) {
        return edit(UPSERT, vars("i", Map.of("name", name, "kind", "MEDIA"))).getString("data.upsertActor.actor.id");
    }

    private static int claimsMade(String actor) {
        return ok("query($a: ID!) { actor(id: $a) { claimsMade { totalCount } } }", vars("a", actor))
                .getInt("data.actor.claimsMade.totalCount");
    }

    private static void ingestWithClaimant(String url, String outlet) {
        String text = outlet + " reported on Washington's strikes.";
        Map<String, Object> doc = new java.util.HashMap<>(Map.of("title", "Report by " + outlet, "url", url, "text", text,
                "actors", new ArrayList<>(List.of(TestDocs.actor("o", outlet, "MEDIA", null),
                        TestDocs.actor("us", "United States", "STATE", "USA"))),
                "claims", List.of(TestDocs.claim("c", outlet + " reported on US strikes.", "o", List.of("us"),
                        TestDocs.span(text, outlet + " reported on Washington's strikes"))),
                "relationships", List.of(TestDocs.relationship("o", "REPORTS_ON", "us", "c"))));
        edit(INGEST, vars("input", doc));
    }
}
