package app.claimgraph.http;

import static app.claimgraph.Gql.edit;
import static app.claimgraph.Gql.vars;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.claimgraph.Gql;
import app.claimgraph.WritesProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Repeated queries are answered from the result cache until a write changes the data: a client
 * gets the same body again, and never an answer older than the last committed write.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class ResultCacheTest {

    private static final String UPSERT = "mutation($i: ActorUpsertInput!) { upsertActor(input: $i) { actor { id } } }";

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheWithTheSameBody() {
        String query = "query CachedPage { actors(first: 5, orderBy: {field: NAME, direction: ASC}) { totalCount nodes { id name kind claimsMade(first: 2) { nodes { text claimant { name } } } } } }";
        String first = body(query, null);
        double hits = hits();
        String second = body(query, null);
        String third = body(query, null);
        assertEquals(first, second);
        assertEquals(first, third);
        assertEquals(hits + 2, hits(), "the second and third requests were hits");
        assertTrue(first.startsWith("{\"data\":{\"actors\":{\"totalCount\":"), first);
    }

    @Test
    void aWriteMakesEveryKeptResultStale() {
        String count = "{ actors { totalCount } }";
        String byName = "query($n: String) { actors(filter: {name: $n}) { nodes { description } } }";
        int before = JsonPath.from(body(count, null)).getInt("data.actors.totalCount");
        body(count, null); // now kept
        String name = "Cache Probe Outlet";
        String id = edit(UPSERT, vars("i", Map.of("name", name, "kind", "MEDIA", "description", "first")))
                .getString("data.upsertActor.actor.id");
        assertEquals(before + 1, JsonPath.from(body(count, null)).getInt("data.actors.totalCount"));

        assertEquals(List.of("first"), JsonPath.from(body(byName, Map.of("n", name))).getList("data.actors.nodes.description"));
        edit(UPSERT, vars("i", Map.of("id", id, "description", "second")));
        assertEquals(List.of("second"), JsonPath.from(body(byName, Map.of("n", name))).getList("data.actors.nodes.description"));
    }

    @Test
    void variablesAndOperationNamesArePartOfTheKey() {
        String query = "query A($n: Int) { actors(first: $n) { nodes { id } } } query B { actors(first: 1) { totalCount } }";
        Map<String, Object> one = new HashMap<>(Map.of("query", query, "operationName", "A", "variables", Map.of("n", 1)));
        Map<String, Object> three = new HashMap<>(Map.of("query", query, "operationName", "A", "variables", Map.of("n", 3)));
        Map<String, Object> b = new HashMap<>(Map.of("query", query, "operationName", "B"));
        for (int round = 0; round < 2; round++) {
            assertEquals(1, JsonPath.from(send(one)).getList("data.actors.nodes").size());
            assertEquals(3, JsonPath.from(send(three)).getList("data.actors.nodes").size());
            assertTrue(JsonPath.from(send(b)).getInt("data.actors.totalCount") > 3);
        }
    }

    @Test
    void resultsWithErrorsAreNotKept() {
        String query = "{ node(id: \"not-an-id\") { id } }";
        double hits = hits();
        for (int i = 0; i < 3; i++) {
            assertEquals("BAD_USER_INPUT", JsonPath.from(body(query, null)).getString("errors[0].extensions.code"));
        }
        assertEquals(hits, hits());
    }

    @Test
    void textComesBackExactlyAsWritten() {
        // quotes, backslashes, control characters, accents and characters beyond the BMP, in JSON
        String description = "He said \"no\" \\ then\ttab\nnew line, \u0001, Díaz, 東京, 🛰 /end";
        String name = "Escaping Probe";
        edit(UPSERT, vars("i", Map.of("name", name, "kind", "PERSON", "description", description)));
        String query = "query($n: String) { actors(filter: {name: $n}) { nodes { name description } } }";
        for (int i = 0; i < 2; i++) { // executed, then kept
            JsonPath r = JsonPath.from(body(query, Map.of("n", name)));
            assertEquals(List.of(description), r.getList("data.actors.nodes.description"));
        }
        assertNotEquals(-1, body(query, Map.of("n", name)).indexOf("\\u0001"), "control characters are escaped");
    }

    private static String body(String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        if (variables != null) {
            body.put("variables", variables);
        }
        return send(body);
    }

    private static String send(Map<String, Object> body) {
        return given().contentType("application/json").accept("application/json").body(body).post("/graphql")
                .then().statusCode(200).extract().asString();
    }

    private static double hits() {
        return Gql.cacheHits(given().get("/q/metrics").then().statusCode(200).extract().asString());
    }
}
