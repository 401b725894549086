package app.claimgraph;

import static app.claimgraph.Gql.post;
import static app.claimgraph.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.claimgraph.node.GlobalId;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Client mistakes get BAD_USER_INPUT naming the argument; nothing internal leaks. */
@QuarkusTest
class ErrorTest {

    @Test
    void malformedIds() {
        for (String id : List.of("not-an-id", "!!!", GlobalId.encode("Secret", "x"), "", "QWN0b3I")) {
            badInput(post("query($id: ID!) { actor(id: $id) { name } }", vars("id", id)), "id");
            badInput(post("query($id: ID!) { node(id: $id) { id } }", vars("id", id)), "id");
        }
        badInput(post("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", vars("ids", List.of(GlobalId.encode("Actor", "cnn"), "zz"))),
                "ids[1]");
    }

    @Test
    void anIdOfAnotherTypeIsNamedAsSuch() {
        String docId = Gql.ok("{ documents { nodes { id } } }").getString("data.documents.nodes[0].id");
        JsonPath r = post("query($id: ID!) { actor(id: $id) { name } }", vars("id", docId));
        badInput(r, "id");
        assertTrue(r.getString("errors[0].message").contains("Document"));
        badInput(post("query($id: ID!) { claims(filter: {claimant: $id}) { totalCount } }", vars("id", docId)), "filter.claimant");
    }

    @Test
    void unknownButWellFormedIdsAreNull() {
        for (String type : List.of("Actor", "Claim", "Relationship", "Document")) {
            String id = GlobalId.encode(type, "no-such-thing");
            String field = type.substring(0, 1).toLowerCase() + type.substring(1);
            JsonPath r = Gql.ok("query($id: ID!) { " + field + "(id: $id) { id } node(id: $id) { id } }", vars("id", id));
            assertNull(r.get("data." + field));
            assertNull(r.get("data.node"));
        }
        JsonPath r = Gql.ok("query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
                vars("ids", List.of(GlobalId.encode("Actor", "nope"), GlobalId.encode("Actor", "cnn"))));
        assertNull(r.get("data.nodes[0]"));
        assertEquals(GlobalId.encode("Actor", "cnn"), r.getString("data.nodes[1].id"));
    }

    @Test
    void pageSizesOutOfRange() {
        for (String conn : List.of("actors", "claims", "relationships", "documents")) {
            badInput(post("{ " + conn + "(first: 101) { totalCount } }"), "first");
            badInput(post("{ " + conn + "(first: -1) { totalCount } }"), "first");
            badInput(post("{ " + conn + "(last: 1000) { totalCount } }"), "last");
            badInput(post("{ " + conn + "(first: 1, last: 1) { totalCount } }"), "last");
        }
        badInput(post("{ actors(first: 1) { nodes { claimsAbout(first: 500) { totalCount } } } }"), "first");
        badInput(post("{ nodes(ids: [" + "\"x\",".repeat(101) + "]) { id } }"), "ids");
    }

    @Test
    void malformedCursors() {
        for (String cursor : List.of("garbage", "WyJ4Il0", "e30", GlobalId.encode("Actor", "cnn"))) {
            badInput(post("query($c: String) { claims(after: $c) { totalCount } }", vars("c", cursor)), "after");
            badInput(post("query($c: String) { actors(last: 2, before: $c) { totalCount } }", vars("c", cursor)), "before");
        }
    }

    @Test
    void badDates() {
        JsonPath r = post("{ claims(filter: {statedFrom: \"2025-13-45\"}) { totalCount } }");
        badInput(r, "filter");
        JsonPath v = post("query($f: ClaimFilter) { claims(filter: $f) { totalCount } }",
                vars("f", Map.of("statedTo", "yesterday")));
        assertEquals("BAD_USER_INPUT", v.getString("errors[0].extensions.code"));
        assertTrue(v.getString("errors[0].message").contains("filter") || v.getString("errors[0].message").contains("$f"),
                v.getString("errors[0].message"));
        noLeak(v);
        badInput(post("{ claims(filter: {statedFrom: \"2025-12-01\", statedTo: \"2025-01-01\"}) { totalCount } }"),
                "filter.statedTo");
        badInput(post("{ relationships(filter: {activeOn: \"31/12/2025\"}) { totalCount } }"), "filter");
    }

    @Test
    void wrongTypesAndUnknownFieldsAreCodedToo() {
        JsonPath r = post("{ actors(first: \"ten\") { totalCount } }");
        assertEquals("BAD_USER_INPUT", r.getString("errors[0].extensions.code"));
        assertTrue(r.getString("errors[0].message").contains("first"));
        noLeak(r);
        JsonPath u = post("{ actors { nosuchfield } }");
        assertEquals("GRAPHQL_VALIDATION_FAILED", u.getString("errors[0].extensions.code"));
        noLeak(u);
    }

    /**
     * The schema marks what an ingest requires (String!, [T!]): a missing value is refused before
     * anything runs, still as BAD_USER_INPUT naming the field, and nothing is written.
     */
    @Test
    void missingRequiredInputValuesAreBadUserInput() {
        String ingest = "mutation($in: DocumentInput!) { ingestDocument(input: $in) { outcome } }";
        int before = Gql.ok("{ documents { totalCount } }").getInt("data.documents.totalCount");
        JsonPath noText = Gql.post(Tokens.editor(), ingest, vars("in", Map.of("title", "No text")));
        missing(noText, "text");
        Map<String, Object> claim = new java.util.HashMap<>(Map.of("ref", "c1", "type", "STATEMENT", "status", "ASSERTED",
                "evidence", List.of(Map.of("start", 0, "end", 4, "text", "Some"))));
        JsonPath noClaimText = Gql.post(Tokens.editor(), ingest,
                vars("in", Map.of("title", "T", "text", "Some text.", "claims", List.of(claim))));
        missing(noClaimText, "text");
        List<Object> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        JsonPath nullItem = Gql.post(Tokens.editor(), ingest,
                vars("in", Map.of("title", "T", "text", "Some text.", "claims", withNull)));
        assertEquals("BAD_USER_INPUT", nullItem.getString("errors[0].extensions.code"), nullItem::prettify);
        assertTrue(nullItem.getString("errors[0].message").contains("ClaimInput!"), nullItem.getString("errors[0].message"));
        noLeak(nullItem);
        JsonPath inline = Gql.post(Tokens.editor(),
                "mutation { ingestDocument(input: {text: \"Some text.\"}) { outcome } }", Map.of());
        missing(inline, "title");
        assertEquals(before, Gql.ok("{ documents { totalCount } }").getInt("data.documents.totalCount"),
                "nothing is written");
    }

    private static void missing(JsonPath r, String field) {
        assertNull(r.get("data.ingestDocument"), r::prettify);
        assertEquals("BAD_USER_INPUT", r.getString("errors[0].extensions.code"), r::prettify);
        assertTrue(r.getString("errors[0].message").contains(field), r.getString("errors[0].message"));
        noLeak(r);
    }

    private static void badInput(JsonPath r, String argument) {
        List<Map<String, Object>> errors = r.getList("errors");
        assertFalse(errors == null || errors.isEmpty(), "expected an error");
        assertEquals("BAD_USER_INPUT", r.getString("errors[0].extensions.code"), () -> r.prettify());
        assertEquals(argument, r.getString("errors[0].extensions.argument"), () -> r.prettify());
        assertTrue(r.getString("errors[0].message").contains(argument.replaceAll("\\[\\d+]", "")), r.getString("errors[0].message"));
        noLeak(r);
    }

    /** No stack trace, SQL or Java class name in a response. */
    static void noLeak(JsonPath r) {
        String body = r.prettify();
        for (String marker : List.of("Exception", "\tat ", "app.claimgraph", "java.", "SELECT ", "select ", "org.hibernate",
                "io.smallrye", "Unknown Scalar Type")) {
            assertFalse(body.contains(marker), () -> "response leaks '" + marker + "': " + body);
        }
    }
}
