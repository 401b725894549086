package app.claimgraph;

import static app.claimgraph.Gql.ok;
import static app.claimgraph.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.claimgraph.api.Text;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Walks every page of every connection, forward and backward, in every order, and checks the
 * walk equals the whole list: no gaps, no repeats, same order, consistent pageInfo and totalCount.
 */
@QuarkusTest
class PaginationTest {

    private static final String PAGE = "totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";
    private static final String ARGS = "first: $first, after: $after, last: $last, before: $before";
    private static final String DECL = "$first: Int, $after: String, $last: Int, $before: String";

    @Test
    void topLevelConnectionsInEveryOrder() {
        for (String field : List.of("NAME", "KIND")) {
            for (String dir : List.of("ASC", "DESC")) {
                check("query(" + DECL + ") { c: actors(orderBy: {field: " + field + ", direction: " + dir + "}, " + ARGS
                        + ") { " + PAGE + " } }", "data.c", Map.of());
            }
        }
        for (String field : List.of("DOCUMENT_ORDER", "STATED_ON")) {
            for (String dir : List.of("ASC", "DESC")) {
                check("query(" + DECL + ") { c: claims(orderBy: {field: " + field + ", direction: " + dir + "}, " + ARGS
                        + ") { " + PAGE + " } }", "data.c", Map.of());
            }
        }
        for (String field : List.of("TYPE", "SINCE")) {
            for (String dir : List.of("ASC", "DESC")) {
                check("query(" + DECL + ") { c: relationships(orderBy: {field: " + field + ", direction: " + dir + "}, "
                        + ARGS + ") { " + PAGE + " } }", "data.c", Map.of());
            }
        }
        for (String field : List.of("INGESTED", "PUBLISHED_ON")) {
            check("query(" + DECL + ") { c: documents(orderBy: {field: " + field + "}, " + ARGS + ") { " + PAGE + " } }",
                    "data.c", Map.of());
        }
    }

    @Test
    void nestedConnectionsOfEveryActorAndDocument() {
        JsonPath all = ok("{ actors(first: 100) { nodes { id } } documents { nodes { id } } }");
        for (String actor : all.getList("data.actors.nodes.id", String.class)) {
            Map<String, Object> v = Map.of("id", actor);
            for (String field : List.of("claimsMade", "claimsAbout", "claimsReported")) {
                check("query($id: ID!, " + DECL + ") { actor(id: $id) { c: " + field
                        + "(orderBy: {field: STATED_ON}, " + ARGS + ") { " + PAGE + " } } }", "data.actor.c", v);
            }
            for (String dir : List.of("OUTGOING", "INCOMING", "ANY")) {
                check("query($id: ID!, " + DECL + ") { actor(id: $id) { c: relationships(direction: " + dir + ", "
                        + ARGS + ") { " + PAGE + " } } }", "data.actor.c", v);
            }
        }
        for (String doc : all.getList("data.documents.nodes.id", String.class)) {
            check("query($id: ID!, " + DECL + ") { document(id: $id) { c: claims(" + ARGS + ") { " + PAGE + " } } }",
                    "data.document.c", Map.of("id", doc));
        }
    }

    @Test
    void listsAreSortedAsRequested() {
        List<String> names = ok("{ actors(first: 100) { nodes { name } } }").getList("data.actors.nodes.name");
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparing(Text::fold));
        assertEquals(sorted, names);
        List<String> desc = ok("{ actors(first: 100, orderBy: {field: NAME, direction: DESC}) { nodes { name } } }")
                .getList("data.actors.nodes.name");
        List<String> reversed = new ArrayList<>(sorted);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, desc);

        List<String> dates = ok("{ claims(first: 100, orderBy: {field: STATED_ON}) { nodes { statedOn } } }")
                .getList("data.claims.nodes.statedOn");
        int firstNull = dates.indexOf(null);
        assertTrue(firstNull > 0, "dated claims come first");
        assertTrue(dates.subList(firstNull, dates.size()).stream().allMatch(d -> d == null), "undated claims last");
        List<String> descDates = ok("{ claims(first: 100, orderBy: {field: STATED_ON, direction: DESC}) { nodes { statedOn } } }")
                .getList("data.claims.nodes.statedOn");
        assertTrue(descDates.get(0) != null && descDates.get(descDates.size() - 1) == null, "undated last in DESC too");
    }

    @Test
    void aCursorFromAnotherOrderIsRefused() {
        String cursor = ok("{ actors(first: 1, orderBy: {field: KIND}) { pageInfo { endCursor } } }")
                .getString("data.actors.pageInfo.endCursor");
        JsonPath r = Gql.post("query($a: String) { actors(after: $a) { totalCount } }", vars("a", cursor));
        assertEquals("BAD_USER_INPUT", r.getString("errors[0].extensions.code"));
        assertEquals("after", r.getString("errors[0].extensions.argument"));
    }

    /** Page sizes the walks take in turn: every size is walked on many lists, each list at one size. */
    private static final int[] SIZES = { 1, 2, 3 };
    private static int walks;

    /** The whole list in one page, then a forward and a backward walk at the next of the sizes. */
    private static void check(String query, String path, Map<String, Object> base) {
        JsonPath whole = ok(query, with(base, "first", 100));
        List<String> expected = whole.getList(path + ".edges.node.id", String.class);
        int total = whole.getInt(path + ".totalCount");
        assertEquals(total, expected.size(), query);
        assertEquals(expected.size(), new HashSet<>(expected).size(), "repeats in " + query);
        assertFalse(whole.getBoolean(path + ".pageInfo.hasNextPage"));
        int size = SIZES[walks++ % SIZES.length];
        assertEquals(expected, forward(query, path, base, size), "forward walk, size " + size + ": " + query);
        assertEquals(expected, backward(query, path, base, size), "backward walk, size " + size + ": " + query);
    }

    private static List<String> forward(String query, String path, Map<String, Object> base, int size) {
        List<String> ids = new ArrayList<>();
        String after = null;
        for (int guard = 0; guard < 200; guard++) {
            JsonPath page = ok(query, with(with(base, "first", size), "after", after));
            List<String> pageIds = page.getList(path + ".edges.node.id", String.class);
            assertTrue(pageIds.size() <= size);
            ids.addAll(pageIds);
            assertEquals(after != null, page.getBoolean(path + ".pageInfo.hasPreviousPage"));
            if (!pageIds.isEmpty()) {
                assertEquals(page.getString(path + ".edges[-1].cursor"), page.getString(path + ".pageInfo.endCursor"));
                assertEquals(page.getString(path + ".edges[0].cursor"), page.getString(path + ".pageInfo.startCursor"));
            }
            if (!page.getBoolean(path + ".pageInfo.hasNextPage")) {
                assertTrue(pageIds.size() <= size);
                return ids;
            }
            assertEquals(size, pageIds.size(), "a page before the last is full");
            after = page.getString(path + ".pageInfo.endCursor");
        }
        throw new AssertionError("pagination does not end: " + query);
    }

    private static List<String> backward(String query, String path, Map<String, Object> base, int size) {
        List<String> ids = new ArrayList<>();
        String before = null;
        for (int guard = 0; guard < 200; guard++) {
            JsonPath page = ok(query, with(with(base, "last", size), "before", before));
            List<String> pageIds = page.getList(path + ".edges.node.id", String.class);
            ids.addAll(0, pageIds);
            assertEquals(before != null, page.getBoolean(path + ".pageInfo.hasNextPage"));
            if (!page.getBoolean(path + ".pageInfo.hasPreviousPage")) {
                return ids;
            }
            assertEquals(size, pageIds.size());
            before = page.getString(path + ".pageInfo.startCursor");
        }
        throw new AssertionError("backward pagination does not end: " + query);
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> m = new HashMap<>(base);
        m.put(key, value);
        return m;
    }
}
