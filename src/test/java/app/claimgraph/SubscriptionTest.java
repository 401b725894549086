package app.claimgraph;

import static io.restassured.RestAssured.given;
import static app.claimgraph.Gql.edit;
import static app.claimgraph.Gql.post;
import static app.claimgraph.Gql.vars;
import static app.claimgraph.TestDocs.INGEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Subscriptions over a real WebSocket (graphql-transport-ws), fed only by committed writes. */
@QuarkusTest
@TestProfile(WritesProfile.class)
public class SubscriptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void subscribersReceiveWhatMatchesTheirFilterAfterCommitOnly() throws Exception {
        String venezuela = Gql.actorId("Venezuela");
        String russia = Gql.actorId("Russia");
        String us = Gql.actorId("United States");
        try (Client ws = new Client(graphql)) {
            ws.subscribe("aboutVenezuela", "subscription($a: ID) { claimAdded(filter: {subject: $a}) { id text claimant { name } subjects { name } } }",
                    Map.of("a", venezuela));
            ws.subscribe("aboutRussia", "subscription($a: ID) { claimAdded(filter: {subject: $a}) { id } }", Map.of("a", russia));
            ws.subscribe("docs", "subscription { documentIngested { id title } }", Map.of());
            ws.subscribe("usEdges", "subscription($a: ID) { relationshipChanged(actor: $a) { id type source { name } target { name } } }",
                    Map.of("a", us));
            Client.awaitSubscribers(graphql.getPort(), 4); // SmallRye registers them asynchronously

            // a rejected ingest commits nothing, so it notifies nobody
            Map<String, Object> invalid = TestDocs.report("https://example.org/sub-invalid", "Sub group");
            invalid.put("text", "too short");
            assertEquals("BAD_USER_INPUT", post(Tokens.editor(), INGEST, vars("input", invalid))
                    .getString("errors[0].extensions.code"));

            var r = edit(INGEST, vars("input", TestDocs.report("https://example.org/sub", "Sub group")));
            String claimId = r.getString("data.ingestDocument.createdClaims[0].id");
            String docId = r.getString("data.ingestDocument.document.id");

            JsonNode claim = ws.next("aboutVenezuela");
            assertEquals(claimId, claim.at("/payload/data/claimAdded/id").asText());
            assertEquals("Sub group", claim.at("/payload/data/claimAdded/claimant/name").asText());
            assertEquals(List.of("United States", "Venezuela"),
                    JSON.convertValue(claim.at("/payload/data/claimAdded/subjects"), List.class).stream()
                            .map(s -> ((Map<?, ?>) s).get("name")).toList());
            assertEquals(docId, ws.next("docs").at("/payload/data/documentIngested/id").asText(),
                    "the first document notified is the valid one");
            JsonNode edge = ws.next("usEdges");
            assertEquals("SANCTIONS", edge.at("/payload/data/relationshipChanged/type").asText());
            assertNull(ws.poll("aboutRussia", 1), "a claim that does not match the filter is not delivered");
        }
    }

    /**
     * Every claim of an ingest reaches a subscriber, in the document's order, however many: a commit
     * emits them all at once (before, the second one ended the subscription with INTERNAL).
     */
    @Test
    void everyClaimOfAnIngestReachesSubscribersInOrder() throws Exception {
        for (int n : new int[] { 1, 50, 5000 }) {
            String mark = "zq" + n + "x" + System.nanoTime();
            try (Client ws = new Client(graphql)) {
                ws.subscribe("all", "subscription($t: String) { claimAdded(filter: {text: $t}) { text } }",
                        Map.of("t", mark));
                Client.awaitSubscribers(graphql.getPort(), 1);
                var r = edit(INGEST, vars("input", TestDocs.manyClaims("https://example.org/many-" + mark, mark, n)));
                assertEquals("CREATED", r.getString("data.ingestDocument.outcome"), r::prettyPrint);
                for (int i = 0; i < n; i++) {
                    JsonNode m = ws.next("all");
                    assertEquals("Claim " + i + " " + mark + ".", m.at("/payload/data/claimAdded/text").asText(),
                            "claim " + i + " of " + n);
                }
                assertNull(ws.poll("all", 1), "nothing more");
            }
            Client.awaitSubscribers(graphql.getPort(), 0);
        }
    }

    /** Subscriptions come over WebSocket, past the HTTP endpoint: the query limits hold there too. */
    @Test
    void subscriptionsAreHeldToTheQueryLimits() throws Exception {
        String deep = "subscription { claimAdded { claimant { " + "parent { ".repeat(20) + "name" + " }".repeat(20) + " } } }";
        try (Client ws = new Client(graphql)) {
            ws.subscribe("deep", deep, Map.of());
            JsonNode m = ws.poll("deep", 15);
            assertNotNull(m, "no answer to a subscription over the depth limit");
            assertEquals("QUERY_TOO_COMPLEX", m.at("/payload/0/extensions/code").asText(m.at("/payload/errors/0/extensions/code")
                    .asText()), m::toString);
            assertEquals("maxDepth", m.findValue("limit").asText(), m::toString);
        }
    }

    /** A minimal graphql-transport-ws client. */
    public static final class Client implements WebSocket.Listener, AutoCloseable {
        private final WebSocket socket;
        private final Map<String, BlockingQueue<JsonNode>> byId = new java.util.concurrent.ConcurrentHashMap<>();
        private final BlockingQueue<JsonNode> control = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        public Client(URI http) throws Exception {
            URI ws = URI.create(http.toString().replaceFirst("^http", "ws"));
            socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                    .buildAsync(ws, this).get(10, TimeUnit.SECONDS);
            send(Map.of("type", "connection_init", "payload", Map.of()));
            JsonNode ack = control.poll(10, TimeUnit.SECONDS);
            assertNotNull(ack, "no connection_ack");
            assertEquals("connection_ack", ack.get("type").asText());
        }

        /**
         * Waits until the server counts {@code n} open subscriptions (claimgraph_subscriptions_active in
         * /q/metrics): the protocol acknowledges none, and SmallRye subscribes asynchronously.
         */
        public static void awaitSubscribers(int port, int n) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            double seen = -1;
            while (System.nanoTime() < deadline) {
                Matcher m = ACTIVE.matcher(given().port(port).get("/q/metrics").asString());
                seen = m.find() ? Double.parseDouble(m.group(1)) : -1;
                if (seen == n) {
                    return;
                }
                Thread.sleep(20);
            }
            throw new AssertionError("the server counts " + seen + " open subscriptions, expected " + n);
        }

        private static final Pattern ACTIVE = Pattern.compile("(?m)^claimgraph_subscriptions_active(?:\\{[^}]*\\})? (\\S+)$");

        public void subscribe(String id, String query, Map<String, Object> variables) throws Exception {
            byId.put(id, new LinkedBlockingQueue<>());
            send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query, "variables", variables)));
        }

        public JsonNode next(String id) throws InterruptedException {
            JsonNode m = poll(id, 15);
            assertNotNull(m, "no message for " + id);
            assertEquals("next", m.get("type").asText(), m::toString);
            assertTrue(m.at("/payload/errors").isMissingNode(), m::toString);
            return m;
        }

        public JsonNode poll(String id, int seconds) throws InterruptedException {
            return byId.get(id).poll(seconds, TimeUnit.SECONDS);
        }

        private void send(Map<String, Object> message) throws Exception {
            socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode m = JSON.readTree(partial.toString());
                    partial.setLength(0);
                    if (m.has("id") && byId.containsKey(m.get("id").asText())) {
                        byId.get(m.get("id").asText()).add(m);
                    } else {
                        control.add(m);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }
}
