package app.claimgraph;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A minimal GraphQL client over HTTP, as a front-end would use the service. */
public final class Gql {

    private Gql() {
    }

    public static JsonPath post(String query, Map<String, Object> variables) {
        return post(null, query, variables);
    }

    /** Posts with a bearer token (null for none). */
    public static JsonPath post(String token, String query, Map<String, Object> variables) {
        return send(token, query, variables).extract().jsonPath();
    }

    private static io.restassured.response.ValidatableResponse send(String token, String query,
            Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        if (variables != null) {
            body.put("variables", variables);
        }
        var request = given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.when().post("/graphql").then().statusCode(200);
    }

    /** Posts as an editor and asserts the response carries no errors. */
    public static JsonPath edit(String query, Map<String, Object> variables) {
        JsonPath r = post(Tokens.editor(), query, variables);
        List<Object> errors = r.getList("errors");
        assertNull(errors, () -> "unexpected errors: " + errors);
        return r;
    }

    public static JsonPath post(String query) {
        return post(query, null);
    }

    /** Posts and asserts the response carries no errors. */
    public static JsonPath ok(String query, Map<String, Object> variables) {
        JsonPath r = post(query, variables);
        List<Object> errors = r.getList("errors");
        assertNull(errors, () -> "unexpected errors: " + errors);
        return r;
    }

    /**
     * Posts and asserts no errors, parsing the response with JSON-P instead of RestAssured's GPath:
     * for tests that send hundreds of requests (a GPath lookup costs milliseconds).
     */
    public static jakarta.json.JsonObject okJson(String query, Map<String, Object> variables) {
        String text = send(null, query, variables).extract().asString();
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
            jakarta.json.JsonObject r = reader.readObject();
            assertNull(r.get("errors"), () -> "unexpected errors: " + r.get("errors"));
            return r;
        }
    }

    public static JsonPath ok(String query) {
        return ok(query, null);
    }

    public static Map<String, Object> vars(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** The ID of the actor with this exact name (via the public API). */
    public static String actorId(String name) {
        JsonPath r = ok("query($n: String) { actors(filter: {name: $n}, first: 100) { nodes { id name } } }",
                vars("n", name));
        List<Map<String, Object>> nodes = r.getList("data.actors.nodes");
        return nodes.stream().filter(n -> name.equals(n.get("name"))).map(n -> (String) n.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError("no actor named " + name));
    }

    /** Result-cache hits counted so far by the service whose {@code /q/metrics} text this is. */
    public static double cacheHits(String metrics) {
        Matcher m = Pattern.compile("(?m)^claimgraph_graphql_result_cache_total\\{outcome=\"hit\"} ([0-9.eE+-]+)$")
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
