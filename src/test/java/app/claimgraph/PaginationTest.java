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

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

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
        String us = Gql.actorId("United States");
        for (String field : List.of("DOCUMENT_ORDER", "STATED_ON")) {
            for (String dir : List.of("ASC", "DESC")) {
                check("query(" + DECL + ") { c: claims(orderBy: {field: " + field + ", direction: " + dir + "}, " + ARGS
                        + ") { " + PAGE + " } }", "data.c", Map.of());
                // a subject's claims are read from another table (the subject's copies of the sort keys)
                check("query($s: ID!, " + DECL + ") { c: claims(filter: {subject: $s}, orderBy: {field: " + field
                        + ", direction: " + dir + "}, " + ARGS + ") { " + PAGE + " } }", "data.c", Map.of("s", us));
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

    /**
     * Every nested connection, walked for the parents whose lists have the shapes that matter: the
     * two longest, the shortest non-empty one and an empty one (the totals of all parents come from
     * one batched query). Walking every parent's lists cost ~1,800 requests for the same shapes.
     */
    @Test
    void nestedConnectionsOfTheLongestShortestAndEmptyLists() {
        // alias, the list's field with its fixed arguments, the same field as walked (paging arguments follow)
        String[][] actorLists = { { "made", "claimsMade", "claimsMade(orderBy: {field: STATED_ON}, " },
                { "about", "claimsAbout", "claimsAbout(orderBy: {field: STATED_ON}, " },
                { "reported", "claimsReported", "claimsReported(orderBy: {field: STATED_ON}, " },
                { "outgoing", "relationships(direction: OUTGOING)", "relationships(direction: OUTGOING, " },
                { "incoming", "relationships(direction: INCOMING)", "relationships(direction: INCOMING, " },
                { "any", "relationships(direction: ANY)", "relationships(direction: ANY, " } };
        StringBuilder totals = new StringBuilder("{ actors(first: 100) { nodes { id");
        for (String[] list : actorLists) {
            totals.append(' ').append(list[0]).append(": ").append(list[1]).append(" { totalCount }");
        }
        JsonPath all = ok(totals.append(" } } documents(first: 100) { nodes { id claims { totalCount } } } }").toString());
        List<Map<String, Object>> actors = all.getList("data.actors.nodes");
        int walked = 0;
        for (String[] list : actorLists) {
            for (String actor : shapes(actors, list[0])) {
                check("query($id: ID!, " + DECL + ") { actor(id: $id) { c: " + list[2] + ARGS + ") { " + PAGE + " } } }",
                        "data.actor.c", Map.of("id", actor));
                walked++;
            }
        }
        for (String doc : shapes(all.getList("data.documents.nodes"), "claims")) {
            check("query($id: ID!, " + DECL + ") { document(id: $id) { c: claims(" + ARGS + ") { " + PAGE + " } } }",
                    "data.document.c", Map.of("id", doc));
            walked++;
        }
        assertTrue(walked >= 14, "lists walked: " + walked);
    }

    /**
     * A nested list reads the same for one parent (actor(id:), read alone up to its page) as for many (a page of
     * actors, numbered per parent in one statement), in both directions of each order and after a cursor.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aNestedListReadsTheSameForOneParentAsForMany() {
        String lists = "made: claimsMade(orderBy: $o, first: 3, after: $after) { edges { cursor node { id } } }"
                + " about: claimsAbout(orderBy: $o, first: 3, after: $after) { edges { cursor node { id } } }";
        String decl = "($o: ClaimOrder, $after: String";
        int compared = 0;
        for (String field : List.of("DOCUMENT_ORDER", "STATED_ON")) {
            for (String dir : List.of("ASC", "DESC")) {
                Map<String, Object> order = Map.of("field", field, "direction", dir);
                List<Map<String, Object>> many = ok("query" + decl + ") { actors(first: 100) { nodes { id " + lists + " } } }",
                        vars("o", order, "after", null)).getList("data.actors.nodes");
                for (Map<String, Object> actor : many) {
                    for (String list : List.of("made", "about")) {
                        List<Map<String, Object>> edges = (List<Map<String, Object>>) ((Map<String, Object>) actor.get(list))
                                .get("edges");
                        if (edges.size() < 3) {
                            continue;
                        }
                        JsonPath one = ok("query" + decl + ", $id: ID!) { actor(id: $id) { " + lists + " } }",
                                vars("o", order, "after", null, "id", actor.get("id")));
                        assertEquals(edges, one.getList("data.actor." + list + ".edges"), list + " of " + actor.get("id") + ", " + order);
                        // the pages after the first edge, for many parents and for one
                        String after = (String) edges.get(0).get("cursor");
                        List<Object> manyAfter = ok("query" + decl + ") { actors(first: 100) { nodes { " + lists + " } } }",
                                vars("o", order, "after", after)).getList("data.actors.nodes." + list + ".edges");
                        Object expected = manyAfter.get(many.indexOf(actor));
                        assertEquals(expected, ok("query" + decl + ", $id: ID!) { actor(id: $id) { " + lists + " } }",
                                vars("o", order, "after", after, "id", actor.get("id"))).getList("data.actor." + list + ".edges"),
                                list + " of " + actor.get("id") + " after a cursor, " + order);
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared >= 8, "lists of 3 or more compared: " + compared);
    }

    /** The ids of the parents whose {@code field} is the longest, second longest, shortest non-empty and empty. */
    @SuppressWarnings("unchecked")
    private static List<String> shapes(List<Map<String, Object>> parents, String field) {
        List<Map<String, Object>> byTotal = new ArrayList<>(parents);
        java.util.function.ToIntFunction<Map<String, Object>> total = p -> (Integer) ((Map<String, Object>) p.get(field))
                .get("totalCount");
        byTotal.sort(Comparator.comparingInt(total).reversed());
        java.util.LinkedHashSet<String> picked = new java.util.LinkedHashSet<>();
        byTotal.stream().limit(2).forEach(p -> picked.add((String) p.get("id")));
        byTotal.stream().filter(p -> total.applyAsInt(p) > 0).reduce((first, second) -> second)
                .ifPresent(p -> picked.add((String) p.get("id")));
        byTotal.stream().filter(p -> total.applyAsInt(p) == 0).findFirst().ifPresent(p -> picked.add((String) p.get("id")));
        return new ArrayList<>(picked);
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

    /** Longer lists are walked in pages of a size that keeps a walk to about this many pages. */
    private static final int MAX_PAGES = 8;

    /**
     * The whole list in one page, then a forward and a backward walk at the next of the sizes, or
     * larger for a long list (each walk still crosses page boundaries inside runs of equal keys).
     */
    private static void check(String query, String path, Map<String, Object> base) {
        JsonObject whole = connection(query, path, with(base, "first", 100));
        List<String> expected = ids(whole);
        int total = whole.getInt("totalCount");
        assertEquals(total, expected.size(), query);
        assertEquals(expected.size(), new HashSet<>(expected).size(), "repeats in " + query);
        assertFalse(whole.getJsonObject("pageInfo").getBoolean("hasNextPage"));
        int size = Math.max(SIZES[walks++ % SIZES.length], (total + MAX_PAGES - 1) / MAX_PAGES);
        assertEquals(expected, forward(query, path, base, size), "forward walk, size " + size + ": " + query);
        assertEquals(expected, backward(query, path, base, size), "backward walk, size " + size + ": " + query);
    }

    private static JsonObject connection(String query, String path, Map<String, Object> variables) {
        JsonObject at = Gql.okJson(query, variables);
        for (String key : path.split("\\.")) {
            at = at.getJsonObject(key);
        }
        return at;
    }

    private static List<String> ids(JsonObject connection) {
        List<String> ids = new ArrayList<>();
        for (JsonValue edge : connection.getJsonArray("edges")) {
            ids.add(edge.asJsonObject().getJsonObject("node").getString("id"));
        }
        return ids;
    }

    private static String cursor(JsonObject connection, int edge) {
        return connection.getJsonArray("edges").getJsonObject(edge).getString("cursor");
    }

    private static List<String> forward(String query, String path, Map<String, Object> base, int size) {
        List<String> ids = new ArrayList<>();
        String after = null;
        for (int guard = 0; guard < 200; guard++) {
            JsonObject page = connection(query, path, with(with(base, "first", size), "after", after));
            JsonObject info = page.getJsonObject("pageInfo");
            List<String> pageIds = ids(page);
            assertTrue(pageIds.size() <= size);
            ids.addAll(pageIds);
            assertEquals(after != null, info.getBoolean("hasPreviousPage"));
            if (!pageIds.isEmpty()) {
                assertEquals(cursor(page, pageIds.size() - 1), info.getString("endCursor"));
                assertEquals(cursor(page, 0), info.getString("startCursor"));
            }
            if (!info.getBoolean("hasNextPage")) {
                return ids;
            }
            assertEquals(size, pageIds.size(), "a page before the last is full");
            after = info.getString("endCursor");
        }
        throw new AssertionError("pagination does not end: " + query);
    }

    private static List<String> backward(String query, String path, Map<String, Object> base, int size) {
        List<String> ids = new ArrayList<>();
        String before = null;
        for (int guard = 0; guard < 200; guard++) {
            JsonObject page = connection(query, path, with(with(base, "last", size), "before", before));
            JsonObject info = page.getJsonObject("pageInfo");
            List<String> pageIds = ids(page);
            ids.addAll(0, pageIds);
            assertEquals(before != null, info.getBoolean("hasNextPage"));
            if (!info.getBoolean("hasPreviousPage")) {
                return ids;
            }
            assertEquals(size, pageIds.size());
            before = info.getString("startCursor");
        }
        throw new AssertionError("backward pagination does not end: " + query);
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> m = new HashMap<>(base);
        m.put(key, value);
        return m;
    }
}
