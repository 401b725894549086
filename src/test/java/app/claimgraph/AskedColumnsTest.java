package app.claimgraph;

import static app.claimgraph.Gql.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A page of claims reads only the columns of the claim fields the query asks: asking
 * one field answers as asking every field does, for every field of Claim the schema has (a field added
 * later is compared too, so one whose column the read would skip shows here), under `nodes` and under
 * `edges { node }`, under their claimants and in the root list, and for two aliases that share one batch
 * while asking different fields.
 */
@QuarkusTest
class AskedColumnsTest {

    /** The claims under their claimants (a batched field) and the root list: each with a page's selection and what goes alongside. */
    private static final List<String> PAGES = List.of("{ actors(first: 40) { nodes { id claimsMade(first: 10) { %s } } }%s }",
            "{ claims(first: 100) { %s }%s }");

    /** Claim id → the claim as a query asking every field answers it. */
    private static Map<Object, Map<?, ?>> everything(String page, String alongside) {
        String all = EveryField.here().of("Claim");
        return claims(ok(page.formatted("nodes { " + all + " }", alongside), null));
    }

    /** The claims of an answer to one of {@link #PAGES}, by id. */
    private static Map<Object, Map<?, ?>> claims(JsonPath answer) {
        List<Map<String, Object>> actors = answer.getList("data.actors.nodes");
        return actors == null ? claims(List.of(Map.of("claims", answer.getMap("data.claims"))), "claims") : claims(actors, "claimsMade");
    }

    private static Map<Object, Map<?, ?>> claims(List<Map<String, Object>> parents, String field) {
        Map<Object, Map<?, ?>> byId = new HashMap<>();
        for (Map<String, Object> a : parents) {
            Map<?, ?> page = (Map<?, ?>) a.get(field);
            List<?> nodes = page.containsKey("nodes") ? (List<?>) page.get("nodes")
                    : ((List<?>) page.get("edges")).stream().map(e -> ((Map<?, ?>) e).get("node")).toList();
            for (Object n : nodes) {
                byId.put(((Map<?, ?>) n).get("id"), (Map<?, ?>) n);
            }
        }
        return byId;
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " nodes(ids: []) { id }" }) // the second hands the query to graphql-java's strategy
    void everyClaimFieldAnswersAsWhenEveryFieldIsAsked(String alongside) {
        List<String> parts = EveryField.here().parts("Claim");
        assertTrue(parts.size() > 10, parts.toString());
        for (String page : PAGES) {
            Map<Object, Map<?, ?>> full = everything(page, alongside);
            assertTrue(full.size() > 10, full.size() + " claims");
            for (String column : List.of("text", "quote", "type", "status", "statedOn", "datePrecision", "dateNote", "confidence")) {
                assertTrue(full.values().stream().anyMatch(c -> c.get(column) != null), "no claim with a " + column + " to compare");
            }
            for (String part : parts) {
                String name = part.split(" ")[0];
                for (String shape : List.of("nodes { id %s }", "edges { node { id %s } }")) {
                    String query = page.formatted(shape.formatted(part), alongside);
                    Map<Object, Map<?, ?>> one = claims(ok(query, null));
                    assertEquals(full.keySet(), one.keySet(), query);
                    one.forEach((id, claim) -> assertEquals(full.get(id).get(name), claim.get(name), query + ": " + name + " of " + id));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " nodes(ids: []) { id }" })
    void aliasesSharingABatchEachGetTheirFields(String alongside) {
        Map<Object, Map<?, ?>> full = everything(PAGES.get(0), alongside);
        var r = ok("{ actors(first: 40) { nodes { id bare: claimsMade(first: 10) { nodes { id } }"
                + " dated: claimsMade(first: 10) { nodes { id quote statedOn dateNote confidence } } } }" + alongside + " }", null);
        List<Map<String, Object>> actors = r.getList("data.actors.nodes");
        Map<Object, Map<?, ?>> dated = claims(actors, "dated");
        assertEquals(full.keySet(), dated.keySet());
        assertFalse(dated.values().stream().allMatch(c -> c.get("quote") == null), "no quote to compare");
        for (String field : List.of("quote", "statedOn", "dateNote", "confidence")) {
            dated.forEach((id, claim) -> assertEquals(full.get(id).get(field), claim.get(field), field + " of " + id));
        }
        assertEquals(full.keySet(), claims(actors, "bare").keySet());
    }
}
