package app.claimgraph;

import static app.claimgraph.Gql.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

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
        JsonPath all = ok(together.toString());
        int actors = all.getList("data.actors.nodes").size();
        for (int i = 0; i < args.length; i++) {
            JsonPath alone = ok("{ actors(first: 100) { nodes { id c: claimsAbout(" + args[i] + ") { totalCount nodes { id } } } } }");
            for (int a = 0; a < actors; a++) {
                assertEquals(alone.getList("data.actors.nodes[" + a + "].c.nodes.id"),
                        all.getList("data.actors.nodes[" + a + "].a" + i + ".nodes.id"), "alias a" + i + " (" + args[i] + ")");
                assertEquals(alone.getInt("data.actors.nodes[" + a + "].c.totalCount"),
                        all.getInt("data.actors.nodes[" + a + "].a" + i + ".totalCount"));
            }
        }
        for (String dir : List.of("OUTGOING", "INCOMING")) {
            JsonPath alone = ok("{ actors(first: 100) { nodes { c: relationships(direction: " + dir + ") { nodes { id } } } } }");
            String alias = dir.equals("OUTGOING") ? "r1" : "r2";
            assertEquals(alone.getList("data.actors.nodes.c.nodes.id"), all.getList("data.actors.nodes." + alias + ".nodes.id"));
        }
        // the aliases really differ somewhere, or the test proves nothing
        assertNotEquals(all.getList("data.actors.nodes.a0.nodes.id"), all.getList("data.actors.nodes.a1.nodes.id"));
        assertNotEquals(all.getList("data.actors.nodes.r1.nodes.id"), all.getList("data.actors.nodes.r2.nodes.id"));
    }
}
