package app.claimgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import app.claimgraph.Gql;
import app.claimgraph.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Every query limit rejects with QUERY_TOO_COMPLEX (or BAD_REQUEST for size), naming the limit and its value. */
@QuarkusTest
class QueryLimitsTest {

    private static final Logger LOG = Logger.getLogger(QueryLimitsTest.class);

    static Response send(String query) {
        return given().contentType("application/json").accept("application/graphql-response+json")
                .body(Map.of("query", query)).post("/graphql");
    }

    static void rejected(String query, String limit, int value) {
        send(query).then().statusCode(400).body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].extensions.limit", equalTo(limit)).body("errors[0].extensions.value", equalTo(value))
                .body("errors[0].message", containsString(limit + " (" + value + ")"));
    }

    static String repeat(String s, int n) {
        return String.join(" ", java.util.Collections.nCopies(n, s));
    }

    static String deep(int levels) {
        return "{ actors(first: 1) { nodes { " + repeat("parent {", levels) + " name " + repeat("}", levels) + " } } }";
    }

    @Test
    void depth() {
        Gql.ok(deep(12)); // 15 levels in all
        rejected(deep(13), "maxDepth", 15);
    }

    @Test
    void cost() {
        Gql.ok("{ actors(first: 100) { nodes { claimsMade(first: 50) { nodes { text subjects { name } } } } } }");
        rejected("{ actors(first: 100) { nodes { claimsMade(first: 100) { nodes { subjects { claimsAbout(first: 100) "
                + "{ nodes { text } } } } } } } }", "maxCost", 100000);
        // first given through a variable counts the same
        given().contentType("application/json").body(Map.of("query",
                "query($n: Int) { actors(first: $n) { nodes { claimsMade(first: $n) { nodes { subjects { claimsAbout(first: $n) "
                        + "{ nodes { text } } } } } } } }", "variables", Map.of("n", 100)))
                .post("/graphql").then().body("errors[0].extensions.limit", equalTo("maxCost"));
    }

    static String aliased(int n) {
        StringBuilder b = new StringBuilder("{ actors(first: 1) { nodes { ");
        for (int i = 0; i < n; i++) {
            b.append("a").append(i).append(": name ");
        }
        return b.append("} } }").toString();
    }

    @Test
    void aliases() {
        Gql.ok(aliased(50));
        rejected(aliased(51), "maxAliases", 50);
    }

    @Test
    void rootFields() {
        Gql.ok("{ " + repeat("__typename", 20) + " }");
        rejected("{ " + repeat("__typename", 21) + " }", "maxRootFields", 20);
    }

    @Test
    void directives() {
        Gql.ok("{ actors { " + repeat("totalCount @skip(if: false)", 50) + " } }");
        rejected("{ actors { " + repeat("totalCount @skip(if: false)", 51) + " } }", "maxDirectives", 50);
    }

    @Test
    void tokens() {
        // under the token limit, the document goes on to the other limits (here: cost)
        send("{ actors { " + repeat("totalCount", 14000) + " } }").then()
                .body("errors[0].extensions.limit", equalTo("maxCost"));
        rejected("{ actors { " + repeat("totalCount", 15000) + " } }", "maxTokens", 15000);
    }

    @Test
    void bodySize() {
        // readers (no Authorization header): a body sized for queries
        String pad = "x".repeat(300 * 1024);
        given().contentType("application/json").body(Map.of("query", "{ __typename }", "variables", Map.of("pad", pad)))
                .post("/graphql").then().statusCode(413)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].extensions.limit", equalTo("maxBodyBytes"))
                .body("errors[0].extensions.value", equalTo(262144))
                .body("errors[0].message", containsString("with a token"));
        // a request with a token (a writer's) may send large variables, as an ingest does...
        given().contentType("application/json").header("Authorization", "Bearer " + Tokens.editor())
                .body(Map.of("query", "{ __typename }", "variables", Map.of("pad", pad))).post("/graphql").then()
                .statusCode(200).body("data.__typename", equalTo("Query"));
        // ...but not a large document: documents are bounded for everyone
        given().contentType("application/json").header("Authorization", "Bearer " + Tokens.editor())
                .body(Map.of("query", "{ __typename } #" + pad)).post("/graphql").then()
                .body("errors[0].extensions.limit", equalTo("maxBodyBytes"));
        // and not more than the ingest limit
        String big = "x".repeat(8 * 1024 * 1024);
        given().contentType("application/json").header("Authorization", "Bearer " + Tokens.editor())
                .body(Map.of("query", "{ __typename }", "variables", Map.of("pad", big))).post("/graphql").then()
                .statusCode(413)
                .body("errors[0].extensions.limit", equalTo("maxIngestBodyBytes"))
                .body("errors[0].extensions.value", equalTo(8388608));
    }

    /** Fragments spreading each other twice per level: 2^30 fields once expanded, measured in linear time. */
    @Test
    void fragmentBombs() {
        StringBuilder doc = new StringBuilder("{ ...F0 }\n");
        for (int i = 0; i < 30; i++) {
            doc.append("fragment F").append(i).append(" on Query { ...F").append(i + 1).append(" ...F").append(i + 1)
                    .append(" }\n");
        }
        doc.append("fragment F30 on Query { __typename }");
        rejected(doc.toString(), "maxRootFields", 20);
    }

    /** graphql-java's good-faith introspection check stops introspection queries that fan out. */
    @Test
    void abusiveIntrospection() {
        send("{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }").then()
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
    }

    /** While a burst of hostile queries is rejected, normal queries keep their answers (timings are logged). */
    @Test
    void normalQueriesAreAnsweredDuringAHostileBurst() throws Exception {
        String normal = "{ actors(first: 5, orderBy: {field: NAME, direction: ASC}) { nodes { name claimsMade(first: 3) { totalCount } } } }";
        String expected = Gql.ok(normal).prettify();
        long before = medianMillis(normal, 20);
        List<String> hostile = List.of(deep(40), "{ " + repeat("__typename", 5000) + " }",
                "{ actors { " + repeat("totalCount", 20000) + " } }",
                "{ actors(first: 100) { nodes { claimsMade(first: 100) { nodes { subjects { claimsAbout(first: 100) { nodes { text } } } } } } } }");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> burst = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String q = hostile.get(i % hostile.size());
                burst.add(pool.submit(() -> send(q).then().extract().statusCode()));
            }
            long during = medianMillis(normal, 20);
            for (int i = 0; i < 20; i++) {
                assertEquals(expected, Gql.ok(normal).prettify());
            }
            for (Future<Integer> f : burst) {
                assertEquals(400, f.get());
            }
            LOG.infof("normal query median: %d ms alone, %d ms during a burst of 200 hostile queries", before, during);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long medianMillis(String query, int n) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            JsonPath r = Gql.post(query);
            t[i] = (System.nanoTime() - start) / 1_000_000;
            assertNull(r.get("errors"));
        }
        java.util.Arrays.sort(t);
        return t[n / 2];
    }
}
