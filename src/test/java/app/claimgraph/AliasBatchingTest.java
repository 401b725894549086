package app.claimgraph;

import static app.claimgraph.Gql.okJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Front-ends alias one field with different arguments. Each alias must return what the field
 * returns when queried alone with those arguments (SmallRye merges such batches by default).
 */
@QuarkusTest
class AliasBatchingTest {

    @Test
    void aliasesOfABatchedFieldKeepTheirOwnArguments() {
        String[] args = { "first: 1", "first: 3", "first: 2, orderBy: {field: STATED_ON, direction: DESC}",
                "filter: {statuses: [REPORTED]}", "last: 2" };
        StringBuilder together = new StringBuilder("{ actors(first: 100) { nodes { id ");
        for (int i = 0; i < args.length; i++) {
            together.append("a").append(i).append(": claimsAbout(").append(args[i]).append(") { totalCount nodes { id } } ");
        }
        together.append("r1: relationships(direction: OUTGOING) { nodes { id } } r2: relationships(direction: INCOMING) { nodes { id } } } } }");
        // read with JSON-P, not GPath: five aliases compared actor by actor
        JsonArray all = actors(together.toString());
        for (int i = 0; i < args.length; i++) {
            JsonArray alone = actors("{ actors(first: 100) { nodes { id c: claimsAbout(" + args[i] + ") { totalCount nodes { id } } } } }");
            assertEquals(all.size(), alone.size());
            for (int a = 0; a < all.size(); a++) {
                var expected = alone.getJsonObject(a).getJsonObject("c");
                var got = all.getJsonObject(a).getJsonObject("a" + i);
                assertEquals(expected.getJsonArray("nodes"), got.getJsonArray("nodes"), "alias a" + i + " (" + args[i] + ")");
                assertEquals(expected.getInt("totalCount"), got.getInt("totalCount"));
            }
        }
        for (String dir : List.of("OUTGOING", "INCOMING")) {
            JsonArray alone = actors("{ actors(first: 100) { nodes { c: relationships(direction: " + dir + ") { nodes { id } } } } }");
            String alias = dir.equals("OUTGOING") ? "r1" : "r2";
            assertEquals(each(alone, "c"), each(all, alias));
        }
        // the aliases really differ somewhere, or the test proves nothing
        assertNotEquals(each(all, "a0"), each(all, "a1"));
        assertNotEquals(each(all, "r1"), each(all, "r2"));
    }

    private static JsonArray actors(String query) {
        return okJson(query, null).getJsonObject("data").getJsonObject("actors").getJsonArray("nodes");
    }

    /** Each actor's page under {@code alias}: its nodes. */
    private static List<JsonValue> each(JsonArray actors, String alias) {
        return actors.stream().map(a -> (JsonValue) a.asJsonObject().getJsonObject(alias).getJsonArray("nodes")).toList();
    }
}
