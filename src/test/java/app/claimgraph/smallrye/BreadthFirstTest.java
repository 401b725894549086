package app.claimgraph.smallrye;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * LevelStrategy (a field at a time over all parents) answers exactly as graphql-java's own strategy:
 * the same questions are sent with it on and with it off, and the response bodies must be equal
 * byte for byte (order of keys, nulls, aliases with different arguments, fragments, directives,
 * {@code __typename}, cursors, errors). Each operation gets its own name per run, so the result
 * cache cannot answer the second run from the first. The counts show which path answered: the
 * pages through this one, and what it does not produce (interfaces, introspection, errors) through
 * graphql-java's, and none failed on this path (claimgraph_execution_level_total, from /q/metrics).
 */
@QuarkusTest
class BreadthFirstTest {

    /** Questions this path answers itself. */
    private static final List<String> LEVELLED = List.of(
            // the nested page of the benchmarks
            """
            query OPERATION { actors(first: 20, orderBy: {field: NAME, direction: ASC}) { nodes { id name kind
              claimsMade(first: 10) { nodes { id text status claimant { name } subjects { name }
                relationships { type target { name } } } } } } }""",
            // aliases of one batched field with different arguments, totals, nested lists
            """
            query OPERATION { actors(first: 5) { totalCount nodes { name aliases
              few: claimsMade(first: 1) { totalCount nodes { id } }
              more: claimsMade(first: 3) { pageInfo { hasNextPage endCursor } nodes { id type } }
              claimsAbout(first: 2) { nodes { text reportedBy { name } } } } } }""",
            // fragments, directives, __typename, edges and cursors, spans, documents
            """
            query OPERATION($skip: Boolean = true, $with: Boolean = false) { __typename
              claims(first: 6) { __typename pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { ...Claimed id @skip(if: $skip) quote @include(if: $with) } } } }
            fragment Claimed on Claim { __typename text status confidence statedOn datePrecision dateNote
              evidence { start end text } claimant { name parent { name } } document { title publishedOn publisher { name } } }""",
            // relationships with both ends and their evidence; documents with their claims
            """
            query OPERATION { relationships(first: 8) { nodes { id type status since until cameoCode description
                source { name kind } target { name } evidence { id text subjects { name } } } }
              documents(first: 2) { nodes { title url language claims(first: 4) { nodes { text contradicts { id } corroborates { id } } } } } }""");

    /** Questions it hands to graphql-java: interfaces (below a root field and at the root), introspection, rejected arguments. */
    private static final List<String> HANDED_OVER = List.of(
            "query OPERATION { search(query: \"intelligence\", first: 3) { nodes { score node { id __typename } } } actors(first: 1) { nodes { name } } }",
            "query OPERATION { __schema { queryType { name } } }",
            "query OPERATION { nodes(ids: []) { id } actors(first: 1) { nodes { name } } }",
            "query OPERATION { actors(first: 5000) { nodes { name } } }",
            "query OPERATION { actors(first: 2) { nodes { name claimsMade(first: -1) { nodes { id } } } } }");

    @Inject
    LevelSwitch level;

    @BeforeEach
    void on() {
        // the path itself is under test, also in the suite run with every patch off; it recognises our data
        // fetchers only (with SmallRye's, every query is graphql-java's: PatchesOffTest's concern)
        Assumptions.assumeTrue(Patches.configured().plainFetchers(), "claimgraph.patch.plain-fetchers is off");
        level.turn(true);
        // SmallRye builds its GraphQL, and with it the strategy and its metric, on the first execution
        given().contentType(ContentType.JSON).body(Map.of("query", "{ __typename }")).post("/graphql").then().statusCode(200);
    }

    @AfterEach
    void asConfigured() {
        level.turn(Patches.configured().levelExecution());
    }

    @Test
    void answersAsGraphqlJavaDoesAndCountsWhatItAnswered() {
        long[] before = counts();
        List<String> levelled = run("Levelled", LEVELLED);
        long[] after = counts();
        assertEquals(0, after[2] - before[2], "failed on this path (a defect; graphql-java's strategy answered instead)");
        for (String body : levelled) {
            assertTrue(body.startsWith("{\"data\":{") && !body.contains("\"errors\""), body);
            assertTrue(body.length() > 300, "the seed fills the page: " + body);
        }
        assertEquals(LEVELLED.size(), after[0] - before[0], "pages answered field by field over all parents");
        assertEquals(0, after[1] - before[1], "none handed to graphql-java");

        List<String> handedOver = run("HandedOver", HANDED_OVER);
        long[] last = counts();
        assertEquals(0, last[0] - after[0], "interfaces, introspection and errors are not answered here");
        assertEquals(HANDED_OVER.size(), last[1] - after[1], "handed to graphql-java");
        assertEquals(0, last[2] - after[2], "failed on this path (a defect; graphql-java's strategy answered instead)");

        level.turn(false);
        assertEquals(levelled, run("General", LEVELLED));
        assertEquals(handedOver, run("GeneralToo", HANDED_OVER));
        for (String rejected : handedOver.subList(3, 5)) { // the rejected arguments: graphql-java's errors
            assertTrue(rejected.contains("\"errors\"") && rejected.contains("BAD_USER_INPUT"), rejected);
        }
    }

    /**
     * One query text sent with different variables, back and forth: the path keeps the normalized operation
     * from one request to the next (NormalizedOperations), and each answer must still follow its own
     * variables ({@code @include}, an argument), as graphql-java's strategy answers them.
     */
    @Test
    void theSameTextWithOtherVariablesAnswersByItsOwn() {
        String query = "query Varied($with: Boolean!, $n: Int!) { claims(first: $n) { nodes { id quote @include(if: $with) } } }";
        List<Map<String, Object>> variables = List.of(Map.of("with", false, "n", 2), Map.of("with", true, "n", 2),
                Map.of("with", true, "n", 3), Map.of("with", false, "n", 3)); // none twice: the result cache would answer
        long[] before = counts();
        List<String> levelled = new ArrayList<>();
        for (Map<String, Object> v : variables) {
            levelled.add(given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", v))
                    .post("/graphql").then().statusCode(200).extract().asString());
        }
        long[] after = counts();
        assertEquals(variables.size(), after[0] - before[0], "answered on this path: " + levelled);
        int[] ids = { 2, 2, 3, 3 };
        int[] quotes = { 0, 2, 3, 0 };
        for (int i = 0; i < ids.length; i++) {
            assertEquals(ids[i], occurrences(levelled.get(i), "\"id\""), levelled.get(i));
            assertEquals(quotes[i], occurrences(levelled.get(i), "\"quote\""), levelled.get(i));
        }

        level.turn(false);
        List<String> general = new ArrayList<>();
        for (Map<String, Object> v : variables) {
            // another operation name: the result cache answers neither from the other's bodies
            general.add(given().contentType(ContentType.JSON).body(Map.of("query", query.replace("Varied", "General"),
                    "variables", v)).post("/graphql").then().statusCode(200).extract().asString());
        }
        assertEquals(levelled, general);
    }

    private static int occurrences(String body, String key) {
        return body.split(key, -1).length - 1;
    }

    private static final Pattern LEVEL_COUNT = Pattern.compile(
            "^claimgraph_execution_level_total\\{outcome=\"([a-z-]+)\"[^}]*} ([0-9.E]+)$", Pattern.MULTILINE);

    /** Queries answered on this path, handed to graphql-java, failed here: the metric, as /q/metrics shows it. */
    private static long[] counts() {
        Map<String, Long> byOutcome = new LinkedHashMap<>();
        Matcher m = LEVEL_COUNT.matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        while (m.find()) {
            byOutcome.put(m.group(1), (long) Double.parseDouble(m.group(2)));
        }
        assertEquals(3, byOutcome.size(), "claimgraph_execution_level_total by outcome: " + byOutcome);
        return new long[] { byOutcome.get("levelled"), byOutcome.get("handed-over"), byOutcome.get("failed") };
    }

    /** The bodies of the questions, each under the operation name {@code prefix + index}. */
    private static List<String> run(String prefix, List<String> queries) {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", queries.get(i).replace("OPERATION", prefix + i));
            bodies.add(given().contentType(ContentType.JSON).body(body).post("/graphql").then().extract().asString());
        }
        return bodies;
    }
}
