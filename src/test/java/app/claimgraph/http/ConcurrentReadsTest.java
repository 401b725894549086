package app.claimgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.claimgraph.Gql;
import app.claimgraph.TightLimitsProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Ten times as many simultaneous nested reads as the pool has connections: every one answers in
 * full. A read that held one connection while its nested fields waited for another (a request-scoped
 * session beside per-resolver transactions) starved the pool under load and failed with acquisition
 * timeouts; no read may hold a connection beyond its statement.
 */
@QuarkusTest
@TestProfile(TightLimitsProfile.class) // a pool of 3 connections, 4 queries at a time
class ConcurrentReadsTest {

    private static final String QUERY = "query($id: ID!) { n%d: node(id: $id) { id ... on Claim { text claimant { name"
            + " claimsMade(first: 3) { nodes { subjects { name } relationships { target { name } } } } } } } }";

    @TestHTTPResource("/")
    URI root;
    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
    int poolSize;

    @Test
    void moreNestedReadsAtOnceThanPooledConnections() throws Exception {
        List<String> ids = Gql.ok("{ claims(first: 100) { nodes { id } } }").getList("data.claims.nodes.id");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ObjectMapper json = new ObjectMapper();
        List<CompletableFuture<HttpResponse<String>>> replies = new ArrayList<>();
        for (int i = 0; i < 10 * poolSize; i++) { // distinct documents: none is answered from the result cache
            String body = json.writeValueAsString(Map.of("query", QUERY.formatted(i),
                    "variables", Map.of("id", ids.get(i % ids.size()))));
            replies.add(http.sendAsync(HttpRequest.newBuilder(root.resolve("graphql"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < replies.size(); i++) {
            HttpResponse<String> r = replies.get(i).get(90, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode answer = json.readTree(r.body());
            assertFalse(answer.has("errors"), r.body());
            assertEquals(ids.get(i % ids.size()), answer.path("data").path("n" + i).path("id").asText(), r.body());
        }
    }
}
