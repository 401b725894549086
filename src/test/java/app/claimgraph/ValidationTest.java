package app.claimgraph;

import static app.claimgraph.Gql.post;
import static app.claimgraph.Gql.vars;
import static app.claimgraph.TestDocs.INGEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** Each class of bad input: BAD_USER_INPUT, every problem with its path, and the database exactly as before. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class ValidationTest {

    @Test
    @SuppressWarnings("unchecked")
    void badInputsAreRejectedWholeWithPaths() {
        Map<String, Consumer<Map<String, Object>>> cases = new java.util.LinkedHashMap<>();
        cases.put("claims[0].evidence[0].end", d -> evidence(d).put("end", 10_000));
        cases.put("claims[0].evidence[0].text", d -> evidence(d).put("text", "Something the text does not say"));
        cases.put("claims[0].claimant", d -> claims(d).get(0).put("claimant", "nobody"));
        cases.put("actors[0].id", d -> ((List<Map<String, Object>>) d.get("actors")).get(0).put("id", "QWN0b3I6bm9wZQ"));
        cases.put("relationships[0].evidence", d -> ((List<Map<String, Object>>) d.get("relationships")).get(0)
                .put("evidence", List.of()));
        cases.put("actors[2].name", d -> ((List<Map<String, Object>>) d.get("actors")).get(2).put("name", "  "));
        cases.put("text", d -> d.put("text", "x".repeat(1_000_001)));
        cases.put("claims[1].ref", d -> {
            List<Map<String, Object>> claims = claims(d);
            claims.add(new HashMap<>(claims.get(0)));
        });
        cases.put("relationships[0].until", d -> {
            Map<String, Object> r = ((List<Map<String, Object>>) d.get("relationships")).get(0);
            r.put("since", "2025-05-01");
            r.put("until", "2025-01-01");
        });

        Map<String, List<Object>> before = Snapshot.take();
        for (Map.Entry<String, Consumer<Map<String, Object>>> c : cases.entrySet()) {
            Map<String, Object> doc = TestDocs.report("https://example.org/invalid", "Invalid group");
            c.getValue().accept(doc);
            JsonPath r = post(Tokens.editor(), INGEST, vars("input", doc));
            assertEquals("BAD_USER_INPUT", r.getString("errors[0].extensions.code"), () -> c.getKey() + ": " + r.prettify());
            List<String> paths = r.getList("errors[0].extensions.problems.path");
            assertTrue(paths.contains(c.getKey()), () -> c.getKey() + " not among " + paths);
            assertTrue(r.getString("errors[0].message").contains(c.getKey()));
            ErrorTest.noLeak(r);
        }

        // several problems at once are all reported
        Map<String, Object> many = TestDocs.report("https://example.org/invalid", "Invalid group");
        evidence(many).put("end", 10_000);
        claims(many).get(0).put("claimant", "nobody");
        JsonPath r = post(Tokens.editor(), INGEST, vars("input", many));
        assertTrue(r.getList("errors[0].extensions.problems.path")
                .containsAll(List.of("claims[0].evidence[0].end", "claims[0].claimant")));

        // a date that does not parse
        JsonPath date = post(Tokens.editor(), "mutation { ingestDocument(input: {title: \"t\", text: \"t\", publishedOn: \"2025-02-30\"}) { outcome } }", null);
        assertEquals("BAD_USER_INPUT", date.getString("errors[0].extensions.code"), date::prettify);
        ErrorTest.noLeak(date);

        assertEquals(before, Snapshot.take(), "the database is exactly as before");
    }

    @Test
    void curationMutationsValidateToo() {
        Map<String, List<Object>> before = Snapshot.take();
        String rel = Gql.ok("{ relationships(first: 1) { nodes { id } } }").getString("data.relationships.nodes[0].id");
        String actor = Gql.ok("{ actors(first: 1) { nodes { id } } }").getString("data.actors.nodes[0].id");
        expectProblem(post(Tokens.editor(), "mutation($id: ID!) { updateRelationship(id: $id, input: {since: \"2025-05-01\", until: \"2025-01-01\"}) { id } }",
                vars("id", rel)), "input.until");
        expectProblem(post(Tokens.editor(), "mutation { updateClaimStatus(id: \"QWN0b3I6eA\", status: DENIED) { id } }", null), "id");
        expectProblem(post(Tokens.editor(), "mutation { upsertActor(input: {kind: PERSON}) { created } }", null), "input.name");
        expectProblem(post(Tokens.editor(), "mutation($k: ID!) { mergeActors(keep: $k, merge: [$k]) { id } }", vars("k", actor)),
                "merge[0]");
        expectProblem(post(Tokens.editor(), "mutation { deleteDocument(id: \"RG9jdW1lbnQ6bm9wZQ\") { deletedId } }", null), "id");
        assertEquals(before, Snapshot.take());
    }

    private static void expectProblem(JsonPath r, String path) {
        assertEquals("BAD_USER_INPUT", r.getString("errors[0].extensions.code"), r::prettify);
        assertTrue(r.getList("errors[0].extensions.problems.path").contains(path), r::prettify);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> claims(Map<String, Object> d) {
        List<Map<String, Object>> claims = new ArrayList<>((List<Map<String, Object>>) d.get("claims"));
        d.put("claims", claims);
        return claims;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> evidence(Map<String, Object> d) {
        Map<String, Object> claim = new HashMap<>(claims(d).get(0));
        claims(d).set(0, claim);
        List<Map<String, Object>> spans = new ArrayList<>((List<Map<String, Object>>) claim.get("evidence"));
        Map<String, Object> span = new HashMap<>(spans.get(0));
        spans.set(0, span);
        claim.put("evidence", spans);
        ((List<Map<String, Object>>) d.get("claims")).set(0, claim);
        return span;
    }
}
