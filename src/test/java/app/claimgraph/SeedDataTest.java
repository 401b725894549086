package app.claimgraph;

import static app.claimgraph.Gql.actorId;
import static app.claimgraph.Gql.ok;
import static app.claimgraph.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The seed report's key facts, read through GraphQL as a client would. */
@QuarkusTest
class SeedDataTest {

    private static final String RELS = """
            query($actor: ID!, $types: [RelationshipType!]) {
              relationships(filter: {actor: $actor, direction: OUTGOING, types: $types}, first: 100) {
                nodes { id type status cameoCode description source { name } target { name }
                  evidence { id text status claimant { name kind } reportedBy { name kind } evidence { start end text } } }
              }
            }""";

    @Test
    void theSeedDocumentIsStoredVerbatim() throws IOException {
        JsonPath r = ok("{ documents { totalCount nodes { id title text publishedOn url language } } }");
        assertEquals(1, r.getInt("data.documents.totalCount"));
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("seed/000_42384984608bee00.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(text, r.getString("data.documents.nodes[0].text"));
        }
        assertEquals("UK Ceases Intelligence Sharing with US Over Concerns About Unlawful Military Actions in Caribbean Sea",
                r.getString("data.documents.nodes[0].title"));
        // The report carries no date: none may be invented.
        assertEquals(null, r.getString("data.documents.nodes[0].publishedOn"));
    }

    @Test
    void ukSuspendsIntelligenceSharingWithTheUsAccordingToCnnCitingAnonymousSources() {
        JsonPath r = ok(RELS, vars("actor", actorId("United Kingdom"), "types",
                List.of("SUSPENDS_COOPERATION_WITH", "SHARES_INTELLIGENCE_WITH")));
        List<Map<String, Object>> rels = r.getList("data.relationships.nodes");
        Map<String, Object> suspends = rels.stream().filter(m -> m.get("type").equals("SUSPENDS_COOPERATION_WITH"))
                .findFirst().orElseThrow();
        assertEquals("United States", ((Map<?, ?>) suspends.get("target")).get("name"));
        assertEquals("16", suspends.get("cameoCode"));
        Map<String, Object> sharing = rels.stream().filter(m -> m.get("type").equals("SHARES_INTELLIGENCE_WITH"))
                .findFirst().orElseThrow();
        assertEquals("SUSPENDED", sharing.get("status"));
        assertEquals("064", sharing.get("cameoCode"));

        List<Map<String, Object>> evidence = r.getList(
                "data.relationships.nodes.find { it.type == 'SUSPENDS_COOPERATION_WITH' }.evidence");
        Map<String, Object> reported = evidence.stream()
                .filter(c -> ((List<?>) c.get("evidence")).stream().anyMatch(s -> ((Map<?, ?>) s).get("text").toString()
                        .startsWith("According to CNN, citing anonymous sources, the UK has ceased transmitting data")))
                .findFirst().orElseThrow();
        assertEquals("REPORTED", reported.get("status"));
        assertEquals("ANONYMOUS_SOURCE", ((Map<?, ?>) reported.get("claimant")).get("kind"));
        assertEquals(List.of("CNN"), ((List<?>) reported.get("reportedBy")).stream().map(a -> ((Map<?, ?>) a).get("name")).toList());
        // the anonymous UK source's quote, relayed by CNN
        assertTrue(evidence.stream().anyMatch(c -> ((Map<?, ?>) c.get("claimant")) != null
                && "Source close to the UK's foreign policy apparatus".equals(((Map<?, ?>) c.get("claimant")).get("name"))));
    }

    @Test
    void maduroQuoteCarriesItsDateAndHowTheYearWasEstablished() {
        JsonPath r = ok("""
                query($m: ID!) { actor(id: $m) { name kind countryCode aliases
                  claimsMade(filter: {types: [STATEMENT]}) { nodes { quote statedOn datePrecision dateNote status
                    evidence { text } } } } }""", vars("m", actorId("Nicolás Maduro")));
        assertEquals("PERSON", r.getString("data.actor.kind"));
        assertTrue(r.getList("data.actor.aliases").contains("Maduro"));
        Map<String, Object> quote = r.getMap("data.actor.claimsMade.nodes[0]");
        assertEquals("For months, we have faced threats, but the Venezuelan people remain resolute,", quote.get("quote"));
        assertEquals("2025-11-01", quote.get("statedOn"));
        assertEquals("DAY", quote.get("datePrecision"));
        assertTrue(quote.get("dateNote").toString().contains("November 1st"));
        assertEquals("ASSERTED", quote.get("status"));
    }

    @Test
    void theDumaCondemnsTheUsAndIsPartOfRussia() {
        JsonPath r = ok(RELS, vars("actor", actorId("Russian State Duma"), "types", List.of("CONDEMNS")));
        assertEquals("United States", r.getString("data.relationships.nodes[0].target.name"));
        assertEquals("111", r.getString("data.relationships.nodes[0].cameoCode"));
        assertTrue(r.getList("data.relationships.nodes[0].evidence.text", String.class).stream()
                .anyMatch(t -> t.contains("resolution")));
        JsonPath p = ok("query($d: ID!) { actor(id: $d) { kind aliases parent { name kind } } }",
                vars("d", actorId("Russian State Duma")));
        assertEquals("LEGISLATURE", p.getString("data.actor.kind"));
        assertEquals("Russia", p.getString("data.actor.parent.name"));
    }

    @Test
    void theStrikesAreUnconfirmedByTheUsGovernment() {
        JsonPath r = ok("{ claims(filter: {statuses: [UNCONFIRMED]}) { nodes { text subjects { name } evidence { text } } } }");
        assertEquals(1, r.getList("data.claims.nodes").size());
        assertTrue(r.getString("data.claims.nodes[0].text").contains("struck vessels"));
        assertTrue(r.getList("data.claims.nodes[0].evidence.text", String.class)
                .contains("While the U.S. government has not publicly confirmed these strikes"));
    }

    @Test
    void capitalsAreAliasesOfTheirStates() {
        assertEquals("United States", ok("{ actors(filter: {name: \"washington\"}) { nodes { name } } }")
                .getString("data.actors.nodes[0].name"));
        assertEquals(List.of("Venezuela"), ok("{ actors(filter: {name: \"caracas\"}) { nodes { name } } }")
                .getList("data.actors.nodes.name"));
        assertEquals(List.of("Russia"), ok("{ actors(filter: {name: \"moscow\"}) { nodes { name } } }")
                .getList("data.actors.nodes.name"));
    }

    @Test
    void theExpectedRelationshipsArePresent() {
        JsonPath r = ok("{ relationships(first: 100) { totalCount nodes { type status source { name } target { name } evidence { id } } } }");
        Set<String> edges = r.getList("data.relationships.nodes", Map.class).stream()
                .map(m -> ((Map<?, ?>) m.get("source")).get("name") + " " + m.get("type") + " "
                        + ((Map<?, ?>) m.get("target")).get("name"))
                .collect(Collectors.toSet());
        for (String expected : List.of(
                "United Kingdom SUSPENDS_COOPERATION_WITH United States",
                "United Kingdom SHARES_INTELLIGENCE_WITH United States",
                "United Kingdom ALLIED_WITH United States",
                "Russian State Duma CONDEMNS United States",
                "Russia ALIGNED_WITH Venezuela",
                "United States SANCTIONS Venezuela",
                "United States SUPPORTS Venezuelan opposition groups",
                "Nicolás Maduro ACCUSES United States",
                "Nicolás Maduro LEADS Government of Venezuela",
                "United States military USES_FORCE_AGAINST Vessels suspected of drug trafficking")) {
            assertTrue(edges.contains(expected), () -> "missing " + expected + " in " + edges);
        }
        // no edge without a source
        for (Object ev : r.getList("data.relationships.nodes.evidence")) {
            assertFalse(((List<?>) ev).isEmpty());
        }
    }

    @Test
    void everyEvidenceSpanIsTheExactSliceOfItsDocument() {
        String text = ok("{ documents { nodes { text } } }").getString("data.documents.nodes[0].text");
        JsonPath r = ok("{ claims(first: 100) { totalCount nodes { id evidence { start end text } } } }");
        int total = r.getInt("data.claims.totalCount");
        assertTrue(total >= 25, "the report has at least 25 claims, got " + total);
        List<Map<String, Object>> claims = r.getList("data.claims.nodes");
        assertEquals(total, claims.size());
        for (Map<String, Object> c : claims) {
            List<?> spans = (List<?>) c.get("evidence");
            assertFalse(spans.isEmpty(), "claim without evidence: " + c.get("id"));
            for (Object o : spans) {
                Map<?, ?> s = (Map<?, ?>) o;
                int start = (Integer) s.get("start");
                int end = (Integer) s.get("end");
                assertEquals(text.substring(start, end), s.get("text"));
            }
        }
    }

    @Test
    void everyKindOfObjectResolvesThroughNode() {
        JsonPath r = ok("""
                { actors(first: 1) { nodes { id } } claims(first: 1) { nodes { id } }
                  relationships(first: 1) { nodes { id } } documents(first: 1) { nodes { id } } }""");
        Map<String, String> expected = Map.of(
                r.getString("data.actors.nodes[0].id"), "Actor",
                r.getString("data.claims.nodes[0].id"), "Claim",
                r.getString("data.relationships.nodes[0].id"), "Relationship",
                r.getString("data.documents.nodes[0].id"), "Document");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            JsonPath n = ok("query($id: ID!) { node(id: $id) { __typename id } }", vars("id", e.getKey()));
            assertEquals(e.getValue(), n.getString("data.node.__typename"));
            assertEquals(e.getKey(), n.getString("data.node.id"));
        }
        List<String> ids = List.copyOf(expected.keySet());
        JsonPath n = ok("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", vars("ids", ids));
        assertEquals(ids, n.getList("data.nodes.id"));
        assertNotNull(n.getList("data.nodes.__typename"));
    }
}
