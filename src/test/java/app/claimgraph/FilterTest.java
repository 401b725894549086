package app.claimgraph;

import static app.claimgraph.Gql.actorId;
import static app.claimgraph.Gql.ok;
import static app.claimgraph.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import app.claimgraph.api.Text;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each filter returns exactly the items of the whole list that meet its condition, computed here
 * from the unfiltered data, and it narrows (the seed has items on both sides of every filter).
 */
@QuarkusTest
class FilterTest {

    private static final String ACTORS = "query($f: ActorFilter) { actors(filter: $f, first: 100) { totalCount nodes { id name kind countryCode aliases parent { id } } } }";
    private static final String CLAIMS = """
            query($f: ClaimFilter) { claims(filter: $f, first: 100) { totalCount nodes { id text type status statedOn
              claimant { id } subjects { id } reportedBy { id } document { id } } } }""";
    private static final String RELS = """
            query($f: RelationshipFilter) { relationships(filter: $f, first: 100) { totalCount nodes { id type status since until
              source { id } target { id } } } }""";

    @Test
    void actorFilters() {
        List<Map<String, Object>> all = ok(ACTORS).getList("data.actors.nodes");
        expect(ACTORS, "actors", Map.of("kinds", List.of("STATE", "PERSON")), all,
                a -> Set.of("STATE", "PERSON").contains(a.get("kind")));
        expect(ACTORS, "actors", Map.of("countryCodes", List.of("ven")), all, a -> "VEN".equals(a.get("countryCode")));
        expect(ACTORS, "actors", Map.of("name", "UNITED"), all,
                a -> Text.fold((String) a.get("name")).contains("united")
                        || ((List<?>) a.get("aliases")).stream().anyMatch(x -> Text.fold((String) x).contains("united")));
        String russia = actorId("Russia");
        expect(ACTORS, "actors", Map.of("parent", russia), all,
                a -> a.get("parent") != null && russia.equals(((Map<?, ?>) a.get("parent")).get("id")));
        expect(ACTORS, "actors", Map.of("kinds", List.of("STATE"), "countryCodes", List.of("GBR", "USA")), all,
                a -> "STATE".equals(a.get("kind")) && Set.of("GBR", "USA").contains(a.get("countryCode")));
        // LIKE wildcards in the input are literal text
        assertEquals(0, ok(ACTORS, vars("f", Map.of("name", "%"))).getInt("data.actors.totalCount"));
    }

    @Test
    void claimFilters() {
        List<Map<String, Object>> all = ok(CLAIMS).getList("data.claims.nodes");
        String us = actorId("United States");
        String maduro = actorId("Nicolás Maduro");
        String cnn = actorId("CNN");
        expect(CLAIMS, "claims", Map.of("claimant", maduro), all, c -> maduro.equals(idOf(c.get("claimant"))));
        expect(CLAIMS, "claims", Map.of("subject", us), all, c -> ids(c.get("subjects")).contains(us));
        expect(CLAIMS, "claims", Map.of("reporter", cnn), all, c -> ids(c.get("reportedBy")).contains(cnn));
        expect(CLAIMS, "claims", Map.of("types", List.of("WARNING", "ACCUSATION")), all,
                c -> Set.of("WARNING", "ACCUSATION").contains(c.get("type")));
        expect(CLAIMS, "claims", Map.of("statuses", List.of("REPORTED")), all, c -> "REPORTED".equals(c.get("status")));
        expect(CLAIMS, "claims", Map.of("statedFrom", "2025-11-01", "statedTo", "2025-11-01"), all,
                c -> "2025-11-01".equals(c.get("statedOn")));
        expect(CLAIMS, "claims", Map.of("statedFrom", "2025-11-02"), all, c -> false, false);
        expect(CLAIMS, "claims", Map.of("text", "MADURO"), all,
                c -> Text.fold((String) c.get("text")).contains("maduro"));
        String doc = (String) idOf(all.get(0).get("document"));
        // the seed has one document: its filter keeps everything, another document's keeps nothing
        expect(CLAIMS, "claims", Map.of("document", doc), all, c -> doc.equals(idOf(c.get("document"))), false);
        expect(CLAIMS, "claims", Map.of("document", app.claimgraph.node.GlobalId.encode("Document", "elsewhere")), all,
                c -> false, false);
        expect(CLAIMS, "claims", Map.of("subject", us, "statuses", List.of("ASSERTED"), "types", List.of("ASSESSMENT")),
                all, c -> ids(c.get("subjects")).contains(us) && "ASSERTED".equals(c.get("status"))
                        && "ASSESSMENT".equals(c.get("type")));
    }

    /** A subject's claims (read from the subject's copies of the claims' sort keys) in every order of the whole list. */
    @Test
    void theSubjectFilterKeepsEveryOrder() {
        String us = actorId("United States");
        for (String order : List.of("{field: DOCUMENT_ORDER, direction: DESC}", "{field: STATED_ON}",
                "{field: STATED_ON, direction: DESC}")) {
            String query = CLAIMS.replace("first: 100)", "first: 100, orderBy: " + order + ")");
            List<Map<String, Object>> all = ok(query).getList("data.claims.nodes");
            expect(query, "claims", Map.of("subject", us), all, c -> ids(c.get("subjects")).contains(us));
            List<Object> dates = ok(query, vars("f", Map.of("subject", us))).getList("data.claims.nodes.statedOn");
            assertTrue(dates.contains(null) && dates.stream().anyMatch(d -> d != null), "dated and undated claims about the US");
        }
    }

    @Test
    void relationshipFilters() {
        List<Map<String, Object>> all = ok(RELS).getList("data.relationships.nodes");
        String us = actorId("United States");
        expect(RELS, "relationships", Map.of("actor", us), all,
                r -> us.equals(idOf(r.get("source"))) || us.equals(idOf(r.get("target"))));
        expect(RELS, "relationships", Map.of("actor", us, "direction", "OUTGOING"), all, r -> us.equals(idOf(r.get("source"))));
        expect(RELS, "relationships", Map.of("actor", us, "direction", "INCOMING"), all, r -> us.equals(idOf(r.get("target"))));
        expect(RELS, "relationships", Map.of("types", List.of("OPPOSES")), all, r -> "OPPOSES".equals(r.get("type")));
        expect(RELS, "relationships", Map.of("statuses", List.of("ALLEGED", "SUSPENDED")), all,
                r -> Set.of("ALLEGED", "SUSPENDED").contains(r.get("status")));
        // the seed gives no dates for relationships: every one is active on any date, none has a since
        expect(RELS, "relationships", Map.of("activeOn", "2025-11-01"), all, r -> true, false);
        expect(RELS, "relationships", Map.of("sinceFrom", "2000-01-01"), all, r -> r.get("since") != null, false);
    }

    @Test
    void nestedRelationshipArgumentsFilterToo() {
        String uk = actorId("United Kingdom");
        List<String> types = ok("query($id: ID!) { actor(id: $id) { relationships(direction: OUTGOING, types: [ALLIED_WITH], statuses: [ACTIVE]) { nodes { type status target { name } } } } }",
                vars("id", uk)).getList("data.actor.relationships.nodes.type");
        assertEquals(List.of("ALLIED_WITH"), types);
    }

    private static void expect(String query, String field, Map<String, Object> filter, List<Map<String, Object>> all,
            Predicate<Map<String, Object>> condition) {
        expect(query, field, filter, all, condition, true);
    }

    private static void expect(String query, String field, Map<String, Object> filter, List<Map<String, Object>> all,
            Predicate<Map<String, Object>> condition, boolean meaningful) {
        List<String> expected = all.stream().filter(condition).map(m -> (String) m.get("id")).toList();
        var r = ok(query, vars("f", filter));
        List<String> got = r.getList("data." + field + ".nodes.id");
        assertEquals(expected, got, "filter " + filter);
        assertEquals(expected.size(), r.getInt("data." + field + ".totalCount"), "totalCount with filter " + filter);
        if (meaningful) {
            // a filter that keeps all or nothing of the seed would prove nothing
            assertFalse(expected.isEmpty(), "filter " + filter + " should match something in the seed");
            assertTrue(expected.size() < all.size(), "filter " + filter + " should narrow the list");
        }
    }

    private static Object idOf(Object actor) {
        return actor == null ? null : ((Map<?, ?>) actor).get("id");
    }

    private static Set<Object> ids(Object list) {
        return ((List<?>) list).stream().map(FilterTest::idOf).collect(Collectors.toSet());
    }
}
