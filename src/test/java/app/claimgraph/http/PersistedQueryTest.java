package app.claimgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import app.claimgraph.http.PersistedDocuments;
import io.quarkus.test.junit.QuarkusTest;

/** Apollo Automatic Persisted Queries: hash first, the document only when the service asks for it. */
@QuarkusTest
class PersistedQueryTest {

    static String extensions(String hash) {
        return "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
    }

    @Test
    void aClientRegistersADocumentOnceThenSendsItsHash() {
        String query = "{ actors(first: 1, orderBy: {field: NAME, direction: ASC}) { nodes { name } } }";
        String hash = PersistedDocuments.sha256(query);
        // 1. the hash alone: unknown yet
        given().queryParam("extensions", extensions(hash)).get("/graphql").then().statusCode(200)
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        // 2. hash and document: runs and registers
        given().contentType("application/json").body(Map.of("query", query, "extensions",
                Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)))).post("/graphql").then()
                .statusCode(200).body("data.actors.nodes[0].name", equalTo("Analysts"));
        // 3. the hash alone now runs, over GET (cacheable) and POST
        given().queryParam("extensions", extensions(hash)).get("/graphql").then().statusCode(200)
                .body("data.actors.nodes[0].name", equalTo("Analysts")).header("Cache-Control", "public, max-age=60");
        given().contentType("application/json").body("{\"extensions\":" + extensions(hash) + "}").post("/graphql")
                .then().statusCode(200).body("data.actors.nodes[0].name", equalTo("Analysts"));
        // the specification's documentId names the same document
        given().queryParam("documentId", "sha256:" + hash).get("/graphql").then().statusCode(200)
                .body("data.actors.nodes[0].name", equalTo("Analysts"));
    }

    @Test
    void aDocumentThatDoesNotMatchItsHashIsRefused() {
        given().contentType("application/json").body(Map.of("query", "{ __typename }", "extensions",
                Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", PersistedDocuments.sha256("{ other }")))))
                .post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_HASH_MISMATCH"));
        given().contentType("application/json").body(Map.of("extensions",
                Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", "ab")))).post("/graphql").then()
                .statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }
}
