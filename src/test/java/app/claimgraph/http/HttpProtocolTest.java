package app.claimgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.claimgraph.Gql;
import app.claimgraph.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** /graphql as the GraphQL-over-HTTP specification describes it, seen by a client. */
@QuarkusTest
class HttpProtocolTest {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String QUERY = "{ actors(first: 2) { totalCount nodes { name } } }";

    @Test
    void postAnswersInTheMediaTypeTheClientAccepts() {
        given().contentType("application/json").accept(GRAPHQL_RESPONSE).body(Map.of("query", QUERY))
                .post("/graphql").then().statusCode(200).contentType(startsWith(GRAPHQL_RESPONSE))
                .body("data.actors.totalCount", equalTo(22));
        given().contentType("application/json").accept("application/json").body(Map.of("query", QUERY))
                .post("/graphql").then().statusCode(200).contentType(startsWith("application/json"));
        // no Accept at all: application/json, as the specification asks for legacy clients
        given().contentType("application/json; charset=utf-8").body(Map.of("query", QUERY)).header("Accept", "")
                .post("/graphql").then().statusCode(200).contentType(startsWith("application/json"));
        given().contentType("application/json").accept("text/html").body(Map.of("query", QUERY))
                .post("/graphql").then().statusCode(406).body("errors[0].extensions.code", equalTo("NOT_ACCEPTABLE"));
    }

    @Test
    void requestErrorsAre400WithoutDataForGraphqlResponseJsonAnd200ForJson() {
        for (String q : List.of("{ actors(first: 2) { totalCount ", "{ actors { nosuchfield } }")) {
            Response r = given().contentType("application/json").accept(GRAPHQL_RESPONSE).body(Map.of("query", q))
                    .post("/graphql");
            r.then().statusCode(400).contentType(startsWith(GRAPHQL_RESPONSE)).body("$", not(hasKey("data")))
                    .body("errors[0].extensions.code", notNullValue());
            given().contentType("application/json").accept("application/json").body(Map.of("query", q))
                    .post("/graphql").then().statusCode(200).body("$", not(hasKey("data")));
        }
        given().contentType("application/json").accept(GRAPHQL_RESPONSE).body(Map.of("query", "{ actors { totalCount "))
                .post("/graphql").then().body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].locations[0].line", equalTo(1));
        // variables that do not coerce to their declared type: a request error too
        given().contentType("application/json").accept(GRAPHQL_RESPONSE)
                .body(Map.of("query", "query($n: Int!) { actors(first: $n) { totalCount } }", "variables", Map.of("n", "ten")))
                .post("/graphql").then().statusCode(400).body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        // a field error leaves data: 200
        given().contentType("application/json").accept(GRAPHQL_RESPONSE)
                .body(Map.of("query", "{ actors(first: 500) { totalCount } }")).post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void malformedHttpRequestsAreRefusedWithTheirStatus() {
        given().contentType("text/plain").body("{\"query\":\"{ __typename }\"}").post("/graphql").then().statusCode(415)
                .body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        given().contentType("application/json").body("{\"query\": ").post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().contentType("application/json").body("{\"query\": 5}").post("/graphql").then().statusCode(400)
                .body("errors[0].message", containsString("'query' must be a string"));
        given().contentType("application/json").body("{\"query\": \"{ __typename }\", \"variables\": \"x\"}")
                .post("/graphql").then().statusCode(400).body("errors[0].message", containsString("'variables'"));
        given().contentType("application/json").post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().contentType("application/json").body(Map.of("query", QUERY)).put("/graphql").then().statusCode(405)
                .header("Allow", "GET, POST");
    }

    @Test
    void getRunsQueriesCacheablyAndRefusesMutations() {
        Response r = given().queryParam("query", QUERY).accept(GRAPHQL_RESPONSE).get("/graphql");
        r.then().statusCode(200).body("data.actors.totalCount", equalTo(22))
                .header("Cache-Control", "public, max-age=60").header("ETag", notNullValue());
        String etag = r.header("ETag");
        given().queryParam("query", QUERY).accept(GRAPHQL_RESPONSE).header("If-None-Match", etag).get("/graphql")
                .then().statusCode(304);
        given().queryParam("query", "query($n: Int) { actors(first: $n) { totalCount } }")
                .queryParam("variables", "{\"n\": 1}").get("/graphql").then().statusCode(200)
                .body("data.actors.totalCount", equalTo(22));

        String mutation = "mutation { upsertActor(input: {name: \"Carla Get\", kind: PERSON}) { created } }";
        given().queryParam("query", mutation).header("Authorization", "Bearer " + Tokens.editor()).get("/graphql")
                .then().statusCode(405).body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        assertEquals(0, Gql.ok("{ actors(filter: {name: \"Carla Get\"}) { totalCount } }").getInt("data.actors.totalCount"),
                "a mutation sent with GET must not run");
        // answers with errors are not cached
        given().queryParam("query", "{ actors(first: 500) { totalCount } }").get("/graphql").then()
                .header("Cache-Control", "no-store");
        // mutations over POST are never cacheable either
        given().contentType("application/json").body(Map.of("query", QUERY)).post("/graphql").then()
                .header("Cache-Control", "no-store");
    }

    @Test
    void corsAllowsOnlyTheConfiguredOrigins() {
        given().header("Origin", "https://app.example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization").options("/graphql").then()
                .statusCode(200).header("Access-Control-Allow-Origin", "https://app.example.org");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/graphql").then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").contentType("application/json").body(Map.of("query", QUERY))
                .post("/graphql").then().statusCode(403);
    }

    @Test
    void responsesAreCompressedForClientsThatAcceptIt() {
        given().contentType("application/json").header("Accept-Encoding", "gzip").body(Map.of("query", QUERY))
                .post("/graphql").then().statusCode(200).header("Content-Encoding", "gzip")
                .body("data.actors.totalCount", equalTo(22));
    }

    @Test
    void batchesRunEachOperationAndAreBounded() {
        List<Map<String, Object>> batch = List.of(Map.of("query", "{ actors { totalCount } }"),
                Map.of("query", "{ claims { totalCount } }"), Map.of("query", "{ nosuch }"));
        given().contentType("application/json").body(batch).post("/graphql").then().statusCode(200)
                .body("[0].data.actors.totalCount", equalTo(22)).body("[1].data.claims.totalCount", equalTo(29))
                .body("[2].errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        List<Map<String, Object>> tooMany = java.util.Collections.nCopies(11, Map.of("query", "{ __typename }"));
        given().contentType("application/json").body(tooMany).post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].extensions.limit", equalTo("maxBatch")).body("errors[0].extensions.value", equalTo(10));
    }

    @Test
    void operationsAreChosenByName() {
        String doc = "query A { actors { totalCount } } query B { claims { totalCount } }";
        given().contentType("application/json").body(Map.of("query", doc, "operationName", "B")).post("/graphql").then()
                .statusCode(200).body("data.claims.totalCount", equalTo(29));
        given().contentType("application/json").body(Map.of("query", doc)).post("/graphql").then()
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", containsString("operationName"));
        given().contentType("application/json").body(Map.of("query", doc, "operationName", "C")).post("/graphql").then()
                .body("errors[0].message", containsString("no operation named 'C'"));
        given().contentType("application/json").body(Map.of("query", "subscription { documentIngested { id } }"))
                .post("/graphql").then().body("errors[0].message", containsString("WebSocket"));
    }
}
