package app.claimgraph;

import static app.claimgraph.Gql.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With claimgraph.auth.read-role set, queries and subscriptions follow the same rule. */
@QuarkusTest
@TestProfile(ReadRoleTest.ReadersOnly.class)
class ReadRoleTest {

    public static class ReadersOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimgraph.auth.read-role", "reader",
                    "quarkus.datasource.jdbc.url", TestDatabases.url("readers"));
        }
    }

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void queriesNeedTheReaderRole() {
        assertEquals("UNAUTHENTICATED", post(null, "{ actors { totalCount } }", null).getString("errors[0].extensions.code"));
        assertEquals("UNAUTHENTICATED", post(Tokens.expiredEditor(), "{ node(id: \"QWN0b3I6Y25u\") { id } }", null)
                .getString("errors[0].extensions.code"));
        assertEquals("FORBIDDEN", post(Tokens.editor(), "{ actors { totalCount } }", null).getString("errors[0].extensions.code"));
        assertNull(post(Tokens.reader(), "{ actors { totalCount } }", null).get("errors"));
    }

    @Test
    void aResultKeptForAReaderIsNotServedToOthers() {
        String query = "{ actors(first: 3) { nodes { name } } }";
        for (int i = 0; i < 2; i++) { // executed, then answered from the result cache
            assertNotNull(post(Tokens.reader(), query, null).get("data.actors.nodes"));
        }
        assertEquals("UNAUTHENTICATED", post(null, query, null).getString("errors[0].extensions.code"));
        assertNull(post(null, query, null).get("data.actors"));
        assertEquals("FORBIDDEN", post(Tokens.editor(), query, null).getString("errors[0].extensions.code"));
    }

    @Test
    void subscriptionsNeedTheReaderRoleToo() throws Exception {
        assertEquals("UNAUTHENTICATED", subscribe(null).at("/payload/0/extensions/code").asText());
        assertEquals("FORBIDDEN", subscribe(Tokens.editor()).at("/payload/0/extensions/code").asText());
    }

    /** The first message a subscription gets (an error here), with the token sent at the handshake. */
    private JsonNode subscribe(String token) throws Exception {
        ObjectMapper json = new ObjectMapper();
        LinkedBlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        WebSocket.Builder b = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        WebSocket ws = b.buildAsync(URI.create(graphql.toString().replaceFirst("^http", "ws")), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                try {
                    messages.add(json.readTree(data.toString()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                w.request(1);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        ws.sendText(json.writeValueAsString(Map.of("type", "connection_init", "payload", Map.of())), true).get();
        assertEquals("connection_ack", messages.poll(10, TimeUnit.SECONDS).get("type").asText());
        ws.sendText(json.writeValueAsString(Map.of("id", "1", "type", "subscribe",
                "payload", Map.of("query", "subscription { documentIngested { id } }"))), true).get();
        JsonNode first = messages.poll(10, TimeUnit.SECONDS);
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        assertNotNull(first, "no answer to the subscription");
        assertEquals("error", first.get("type").asText(), first::toString);
        return first;
    }
}
