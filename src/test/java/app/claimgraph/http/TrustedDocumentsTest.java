package app.claimgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;

import java.net.URI;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import app.claimgraph.SubscriptionTest;
import io.quarkus.test.common.http.TestHTTPResource;

import app.claimgraph.http.PersistedDocuments;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With trusted-documents.only, the service runs the manifest's documents and nothing else. */
@QuarkusTest
@TestProfile(TrustedDocumentsTest.TrustedOnly.class)
class TrustedDocumentsTest {

    /** The document of src/test/resources/trusted-documents.json. */
    static final String TRUSTED = "query ActorCount { actors { totalCount } }";

    public static class TrustedOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimgraph.graphql.trusted-documents.location", "trusted-documents.json",
                    "claimgraph.graphql.trusted-documents.only", "true");
        }
    }

    @Test
    void trustedDocumentsRunByHashByIdOrByText() {
        String hash = PersistedDocuments.sha256(TRUSTED);
        given().queryParam("documentId", "sha256:" + hash).get("/graphql").then().statusCode(200)
                .body("data.actors.totalCount", equalTo(22));
        given().queryParam("extensions", PersistedQueryTest.extensions(hash)).get("/graphql").then().statusCode(200)
                .body("data.actors.totalCount", equalTo(22));
        given().contentType("application/json").body(Map.of("query", TRUSTED)).post("/graphql").then().statusCode(200)
                .body("data.actors.totalCount", equalTo(22));
    }

    @TestHTTPResource("/graphql")
    URI graphql;

    /** Subscriptions come over WebSocket: the same rule holds there. */
    @Test
    void untrustedSubscriptionsAreRefused() throws Exception {
        try (SubscriptionTest.Client ws = new SubscriptionTest.Client(graphql)) {
            ws.subscribe("s", "subscription { documentIngested { id } }", Map.of());
            JsonNode m = ws.poll("s", 15);
            assertNotNull(m, "no answer");
            assertEquals("TRUSTED_DOCUMENT_REQUIRED", m.findValue("code").asText(), m::toString);
        }
    }

    @Test
    void anythingElseIsRefusedBeforeItRuns() {
        given().contentType("application/json").accept("application/graphql-response+json")
                .body(Map.of("query", "{ claims { totalCount } }")).post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("TRUSTED_DOCUMENT_REQUIRED"));
        // registering a new document the APQ way is refused, and it stays unknown
        String other = "{ claims { totalCount } }";
        String hash = PersistedDocuments.sha256(other);
        given().contentType("application/json").body(Map.of("query", other, "extensions",
                Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)))).post("/graphql").then()
                .body("errors[0].extensions.code", equalTo("TRUSTED_DOCUMENT_REQUIRED"));
        given().queryParam("documentId", "sha256:" + hash).get("/graphql").then()
                .body("errors[0].extensions.code", equalTo("TRUSTED_DOCUMENT_REQUIRED"));
    }
}
