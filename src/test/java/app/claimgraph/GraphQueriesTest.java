package app.claimgraph;

import static app.claimgraph.Gql.actorId;
import static app.claimgraph.Gql.ok;
import static app.claimgraph.Gql.okJson;
import static app.claimgraph.Gql.post;
import static app.claimgraph.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Neighbourhoods, paths, timelines, search, stats and claim links on the seed report. */
@QuarkusTest
class GraphQueriesTest {

    @Test
    void theUksNeighbourhoodHoldsTheUsWithTheSuspendedCooperationEdge() {
        JsonPath r = ok("""
                query($id: ID!) { actor(id: $id) { neighbourhood { actors { id name } distances truncated
                  relationships { type status source { id name } target { id name } } } } }""",
                vars("id", actorId("United Kingdom")));
        List<String> names = r.getList("data.actor.neighbourhood.actors.name");
        assertEquals("United Kingdom", names.get(0));
        assertTrue(names.contains("United States"));
        assertEquals(0, r.getInt("data.actor.neighbourhood.distances[0]"));
        List<Map<String, Object>> rels = r.getList("data.actor.neighbourhood.relationships");
        assertTrue(rels.stream().anyMatch(e -> "SUSPENDS_COOPERATION_WITH".equals(e.get("type"))
                && "United States".equals(((Map<?, ?>) e.get("target")).get("name"))));
        Set<Object> ids = new HashSet<>(r.getList("data.actor.neighbourhood.actors.id"));
        for (Map<String, Object> e : rels) {
            assertTrue(ids.contains(((Map<?, ?>) e.get("source")).get("id")) && ids.contains(((Map<?, ?>) e.get("target")).get("id")),
                    "every edge's ends are among the actors");
        }
        // two hops reach further; filters narrow what is followed
        JsonPath two = ok("query($id: ID!) { actor(id: $id) { neighbourhood(depth: 2) { actors { name } } } }",
                vars("id", actorId("United Kingdom")));
        assertTrue(two.getList("data.actor.neighbourhood.actors.name").contains("Venezuela"));
        JsonPath only = ok("query($id: ID!) { actor(id: $id) { neighbourhood(types: [ALLIED_WITH]) { actors { name } relationships { type } } } }",
                vars("id", actorId("United Kingdom")));
        assertEquals(List.of("United Kingdom", "United States"), only.getList("data.actor.neighbourhood.actors.name"));
        assertEquals(List.of("ALLIED_WITH"), only.getList("data.actor.neighbourhood.relationships.type"));
        JsonPath cut = ok("query($id: ID!) { actor(id: $id) { neighbourhood(depth: 2, first: 2) { actors { name } truncated } } }",
                vars("id", actorId("United Kingdom")));
        assertEquals(2, cut.getList("data.actor.neighbourhood.actors").size());
        assertTrue(cut.getBoolean("data.actor.neighbourhood.truncated"));
    }

    @Test
    void aHubsNeighboursComeMostTiedFirstAndSayHowManyAreInReach() {
        String uk = actorId("United Kingdom");
        JsonPath all = ok("""
                query($id: ID!) { actor(id: $id) { neighbourhood(first: 500) { inReach truncated actors { id name }
                  relationships { source { id } target { id } evidence { id } } } } }""",
                vars("id", uk));
        List<String> ids = all.getList("data.actor.neighbourhood.actors.id");
        assertEquals(ids.size(), all.getInt("data.actor.neighbourhood.inReach"));
        assertFalse(all.getBoolean("data.actor.neighbourhood.truncated"));
        // ties to the UK as a reader would count them: relationships either way, and the claims each rests on
        Map<String, Integer> ties = new HashMap<>();
        for (Map<String, Object> r : all.<Map<String, Object>>getList("data.actor.neighbourhood.relationships")) {
            String source = ((Map<?, ?>) r.get("source")).get("id").toString();
            String target = ((Map<?, ?>) r.get("target")).get("id").toString();
            if (source.equals(uk) || target.equals(uk)) {
                ties.merge(source.equals(uk) ? target : source, 1 + ((List<?>) r.get("evidence")).size(), Integer::sum);
            }
        }
        List<Integer> ranked = ids.subList(1, ids.size()).stream().map(id -> ties.getOrDefault(id, 0)).toList();
        List<Integer> sorted = new ArrayList<>(ranked);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, ranked, "one hop away, the most tied first: " + all.getList("data.actor.neighbourhood.actors.name"));
        assertTrue(ranked.get(0) > ranked.get(ranked.size() - 1), "the seed's ties differ");
        assertEquals("United States", all.getString("data.actor.neighbourhood.actors[1].name"));
        // cut to two: the centre and the most tied, and it says how many were in reach
        JsonPath two = ok("query($id: ID!) { actor(id: $id) { neighbourhood(first: 2) { inReach truncated actors { name } } } }",
                vars("id", uk));
        assertEquals(List.of("United Kingdom", "United States"), two.getList("data.actor.neighbourhood.actors.name"));
        assertTrue(two.getBoolean("data.actor.neighbourhood.truncated"));
        assertEquals(ids.size(), two.getInt("data.actor.neighbourhood.inReach"));
    }

    @Test
    void theDumaReachesTheUkThroughTheUs() {
        String duma = actorId("Russian State Duma");
        String uk = actorId("United Kingdom");
        JsonPath r = ok("""
                query($a: ID!, $b: ID!) { paths(from: $a, to: $b) { length actors { name }
                  relationships { type source { name } target { name } evidence { id } } } }""", vars("a", duma, "b", uk));
        List<Map<String, Object>> paths = r.getList("data.paths");
        assertFalse(paths.isEmpty());
        for (int i = 0; i < paths.size(); i++) {
            assertEquals(2, r.getInt("data.paths[" + i + "].length"), "shortest first and only");
            assertEquals(List.of("Russian State Duma", "United States", "United Kingdom"), r.getList("data.paths[" + i + "].actors.name"));
            assertFalse(r.getList("data.paths[" + i + "].relationships[0].evidence").isEmpty(), "evidence reachable");
        }
        // followed only along their direction, the UK's edges point at the US: no path
        assertEquals(List.of(), ok("query($a: ID!, $b: ID!) { paths(from: $a, to: $b, directed: true) { length } }",
                vars("a", duma, "b", uk)).getList("data.paths"));
        assertEquals(List.of(), ok("query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxDepth: 1) { length } }",
                vars("a", duma, "b", uk)).getList("data.paths"));
        assertEquals(1, ok("query($a: ID!, $b: ID!) { paths(from: $a, to: $b, first: 1) { length } }", vars("a", duma, "b", uk))
                .getList("data.paths").size());
    }

    @Test
    void madurosTimelineStartsWithHisDatedStatement() {
        String maduro = actorId("Nicolás Maduro");
        JsonPath r = ok("query($a: ID) { timeline(actor: $a, first: 100) { totalCount nodes { date kind claim { text quote } } } }",
                vars("a", maduro));
        List<Map<String, Object>> items = r.getList("data.timeline.nodes");
        assertEquals("2025-11-01", items.get(0).get("date"));
        assertTrue(((Map<?, ?>) items.get(0).get("claim")).get("text").toString().startsWith("Maduro"));
        int firstUndated = items.stream().map(i -> i.get("date")).toList().indexOf(null);
        assertTrue(firstUndated > 0 && items.subList(firstUndated, items.size()).stream().allMatch(i -> i.get("date") == null),
                "undated items last");
        assertEquals(items.size(), r.getInt("data.timeline.totalCount"));
        // pages walk the same items; date bounds leave undated items out
        List<Object> walked = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = ok("query($a: ID, $after: String) { timeline(actor: $a, first: 1, after: $after) { nodes { claim { text } } pageInfo { hasNextPage endCursor } } }",
                    vars("a", maduro, "after", after));
            walked.addAll(page.getList("data.timeline.nodes.claim.text"));
            after = page.getBoolean("data.timeline.pageInfo.hasNextPage") ? page.getString("data.timeline.pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(r.getList("data.timeline.nodes.claim.text"), walked);
        assertEquals(2, ok("query($a: ID) { timeline(actor: $a, from: \"2025-11-01\", to: \"2025-11-30\") { totalCount } }",
                vars("a", maduro)).getInt("data.timeline.totalCount"));
    }

    @Test
    void aNewestFirstTimelineIsTheDatedItemsReversedWithUndatedItemsStillLast() {
        String q = "query($d: OrderDirection, $after: String) { timeline(first: 100, direction: $d, after: $after) {"
                + " totalCount nodes { date kind claim { id } relationship { id } } pageInfo { endCursor } } }";
        JsonPath oldest = ok(q, vars("d", "ASC"));
        JsonPath newest = ok(q, vars("d", "DESC"));
        List<Map<String, Object>> asc = oldest.getList("data.timeline.nodes");
        List<Map<String, Object>> desc = newest.getList("data.timeline.nodes");
        assertEquals(oldest.getInt("data.timeline.totalCount"), newest.getInt("data.timeline.totalCount"));
        assertTrue(asc.size() < 100, "the seed's timeline fits one page");
        List<Map<String, Object>> datedAsc = asc.stream().filter(i -> i.get("date") != null).toList();
        List<Map<String, Object>> datedDesc = desc.stream().filter(i -> i.get("date") != null).toList();
        assertTrue(datedAsc.size() >= 2, "the seed has two dated items (one day: they are reversed by their tie-breaker)");
        List<Map<String, Object>> reversed = new ArrayList<>(datedAsc);
        Collections.reverse(reversed);
        assertEquals(reversed, datedDesc, "newest first: the dated items in reverse");
        assertEquals(datedDesc, desc.subList(0, datedDesc.size()), "undated items come last newest-first too");
        assertEquals(asc.size() - datedAsc.size(), desc.size() - datedDesc.size());
        // pages walk the same order; a cursor of one direction is refused by the other
        List<Object> walked = new ArrayList<>();
        String after = null;
        String pageQ = "query($after: String) { timeline(first: 3, direction: DESC, after: $after) { nodes { date kind claim { id } relationship { id } } pageInfo { hasNextPage endCursor } } }";
        do {
            JsonPath page = ok(pageQ, vars("after", after));
            walked.addAll(page.getList("data.timeline.nodes"));
            after = page.getBoolean("data.timeline.pageInfo.hasNextPage") ? page.getString("data.timeline.pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(desc, walked);
        JsonPath wrong = post(q, vars("d", "ASC", "after", newest.getString("data.timeline.pageInfo.endCursor")));
        assertEquals("BAD_USER_INPUT", wrong.getString("errors[0].extensions.code"));
    }

    @Test
    void documentsSayWhenTheyWereIngested() {
        JsonPath r = ok("{ documents(first: 1) { nodes { ingestedAt updatedAt } } }");
        OffsetDateTime ingested = OffsetDateTime.parse(r.getString("data.documents.nodes[0].ingestedAt"));
        OffsetDateTime updated = OffsetDateTime.parse(r.getString("data.documents.nodes[0].updatedAt"));
        assertEquals(ZoneOffset.UTC, ingested.getOffset());
        assertFalse(updated.isBefore(ingested), ingested + " .. " + updated);
        assertEquals(ingested, updated, "the seed's report was never replaced: updatedAt equals ingestedAt");
        assertTrue(ingested.isBefore(OffsetDateTime.now().plusMinutes(1)));
    }

    @Test
    void timelineFiltersByKindAndByClaimTypeAndStatus() {
        JsonPath warnings = ok("{ timeline(first: 100, claimTypes: [WARNING]) { totalCount nodes { kind claim { type } } } }");
        List<Map<String, Object>> items = warnings.getList("data.timeline.nodes");
        int claimWarnings = ok("{ claims(filter: {types: [WARNING]}) { totalCount } }").getInt("data.claims.totalCount");
        assertEquals(claimWarnings, items.stream().filter(i -> "CLAIM".equals(i.get("kind"))).count());
        assertTrue(items.stream().filter(i -> "CLAIM".equals(i.get("kind")))
                .allMatch(i -> "WARNING".equals(((Map<?, ?>) i.get("claim")).get("type"))));
        JsonPath onlyClaims = ok("{ timeline(kinds: [CLAIM], claimStatuses: [REPORTED, UNCONFIRMED]) { totalCount } }");
        assertEquals(ok("{ claims(filter: {statuses: [REPORTED, UNCONFIRMED]}) { totalCount } }").getInt("data.claims.totalCount"),
                onlyClaims.getInt("data.timeline.totalCount"));
        JsonPath starts = ok("{ timeline(first: 100, kinds: [RELATIONSHIP_STARTED]) { nodes { kind relationship { since } } } }");
        assertTrue(starts.<String>getList("data.timeline.nodes.kind").stream().allMatch("RELATIONSHIP_STARTED"::equals));
        assertEquals(ok("{ timeline(kinds: [CLAIM]) { totalCount } }").getInt("data.timeline.totalCount"),
                ok("{ claims { totalCount } }").getInt("data.claims.totalCount"));
    }

    @Test
    void searchFindsTheExpectedNodesFirst() {
        assertSearchesFindTheExpectedNodes();
    }

    /** Also run with every search broad (BroadSearchTest): the general query must find the same. */
    static void assertSearchesFindTheExpectedNodes() {
        // a count agrees with the hits its pages give
        for (String q : List.of("president maduro", "intelligence sharing", "united states", "the us", "us intel", "sanctions")) {
            JsonPath r = ok("query($q: String!) { search(query: $q, first: 100) { totalCount nodes { score node { id } } } }",
                    vars("q", q));
            assertEquals(r.getList("data.search.nodes").size(), r.getInt("data.search.totalCount"), q);
            assertTrue(r.getInt("data.search.totalCount") > 0, q);
        }
        String maduro = actorId("Nicolás Maduro");
        for (String q : List.of("maduro", "Madu", "nicolas", "NICOLÁS", "president maduro")) {
            JsonPath r = ok("query($q: String!) { search(query: $q) { nodes { type snippet node { id } } } }", vars("q", q));
            assertEquals(maduro, r.getString("data.search.nodes[0].node.id"), q);
            assertEquals("ACTOR", r.getString("data.search.nodes[0].type"), q);
        }
        // as a name is typed, a one-letter last word after others is the start of a word (issue 38, problem 5)
        for (String q : List.of("Nicolás M", "nicolas m", "president m")) {
            JsonPath r = ok("query($q: String!) { search(query: $q, types: [ACTOR]) { nodes { node { id } } } }", vars("q", q));
            assertEquals(maduro, r.getString("data.search.nodes[0].node.id"), q);
        }
        assertEquals(List.of("Drug trafficking networks", "Vessels suspected of drug trafficking"), ok("{ search(query: \"drug t\", types: [ACTOR]) { nodes { node { ... on Actor { name } } } } }")
                .getList("data.search.nodes.node.name"));
        JsonPath is = ok("{ search(query: \"intelligence sharing\") { totalCount nodes { type snippet node { __typename } } } }");
        assertEquals("DOCUMENT", is.getString("data.search.nodes[0].type"), "the report's title is about it");
        assertTrue(is.getString("data.search.nodes[1].snippet").contains("halted intelligence sharing"));
        // every word must match: no claim says both "maduro" and "sanctions"; only the whole report does
        assertEquals(0, ok("{ search(query: \"maduro sanctions\", types: [CLAIM, ACTOR]) { totalCount } }").getInt("data.search.totalCount"));
        assertEquals(List.of("DOCUMENT"), ok("{ search(query: \"maduro sanctions\") { nodes { type } } }").getList("data.search.nodes.type"));
        // types narrow; snippets come from documents' text
        JsonPath docs = ok("{ search(query: \"fishermen\", types: [DOCUMENT]) { nodes { type snippet } } }");
        assertEquals(List.of("DOCUMENT"), docs.getList("data.search.nodes.type"));
        assertTrue(docs.getString("data.search.nodes[0].snippet").contains("fishermen"));
        // pages of hits walk the whole list
        int total = ok("{ search(query: \"us\") { totalCount } }").getInt("data.search.totalCount");
        assertTrue(total > 3);
        Set<Object> seen = new HashSet<>();
        String after = null;
        do {
            JsonPath page = ok("query($after: String) { search(query: \"us\", first: 2, after: $after) { nodes { node { id } } pageInfo { hasNextPage endCursor } } }",
                    vars("after", after));
            for (Object id : page.getList("data.search.nodes.node.id")) {
                assertTrue(seen.add(id), "no repeats");
            }
            after = page.getBoolean("data.search.pageInfo.hasNextPage") ? page.getString("data.search.pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(total, seen.size());
    }

    @Test
    void pathsAreEveryShortestPathABreadthFirstSearchOverAllRelationshipsFinds() {
        // the seed's relationships, read as a client would, searched here in memory: the service must
        // find the same shortest paths (same length, same relationships), both undirected and directed
        List<Map<String, Object>> rels = ok("{ relationships(first: 100) { nodes { id source { id } target { id } } } }")
                .getList("data.relationships.nodes");
        assertTrue(rels.size() > 5 && rels.size() < 100);
        Set<String> actors = new java.util.TreeSet<>();
        for (Map<String, Object> r : rels) {
            actors.add((String) ((Map<?, ?>) r.get("source")).get("id"));
            actors.add((String) ((Map<?, ?>) r.get("target")).get("id"));
        }
        // every ordered pair, both ways of following edges: 20 paths queries per request (aliases)
        List<Object[]> asked = new ArrayList<>();
        for (String a : actors) {
            for (String b : actors) {
                if (!a.equals(b)) {
                    asked.add(new Object[] { a, b, false });
                    asked.add(new Object[] { a, b, true });
                }
            }
        }
        for (int from = 0; from < asked.size(); from += 20) {
            StringBuilder q = new StringBuilder("{");
            List<Object[]> batch = asked.subList(from, Math.min(asked.size(), from + 20));
            for (int i = 0; i < batch.size(); i++) {
                q.append(" p").append(i).append(": paths(from: \"").append(batch.get(i)[0]).append("\", to: \"")
                        .append(batch.get(i)[1]).append("\", directed: ").append(batch.get(i)[2]).append(") { relationships { id } }");
            }
            // JSON-P, not GPath: 46 batches of 20 answers, each read path by path
            JsonObject data = okJson(q.append(" }").toString(), null).getJsonObject("data");
            for (int i = 0; i < batch.size(); i++) {
                Object[] x = batch.get(i);
                Set<List<String>> expected = shortestPaths(rels, (String) x[0], (String) x[1], (Boolean) x[2], 4);
                List<List<String>> got = new ArrayList<>();
                for (JsonValue path : data.getJsonArray("p" + i)) {
                    got.add(path.asJsonObject().getJsonArray("relationships").getValuesAs(
                            (JsonObject rel) -> rel.getString("id")));
                }
                String what = x[0] + " -> " + x[1] + ((Boolean) x[2] ? " directed" : "");
                assertEquals(Math.min(expected.size(), 10), got.size(), what);
                assertTrue(expected.containsAll(got), what + ": " + got + " not among " + expected);
            }
        }
        assertTrue(asked.size() > 100, "pairs: " + asked.size());
    }

    /** Every shortest path from a to b (relationship ids in order), at most maxDepth hops; breadth first. */
    private static Set<List<String>> shortestPaths(List<Map<String, Object>> rels, String a, String b, boolean directed, int maxDepth) {
        List<List<String>> paths = List.of(List.of());
        List<String> ends = List.of(a);
        for (int depth = 1; depth <= maxDepth; depth++) {
            List<List<String>> nextPaths = new ArrayList<>();
            List<String> nextEnds = new ArrayList<>();
            Set<List<String>> found = new HashSet<>();
            for (int i = 0; i < paths.size(); i++) {
                for (Map<String, Object> r : rels) {
                    String s = (String) ((Map<?, ?>) r.get("source")).get("id");
                    String t = (String) ((Map<?, ?>) r.get("target")).get("id");
                    String next = s.equals(ends.get(i)) ? t : (!directed && t.equals(ends.get(i)) ? s : null);
                    if (next == null || next.equals(a)) {
                        continue;
                    }
                    List<String> p = new ArrayList<>(paths.get(i));
                    p.add((String) r.get("id"));
                    if (next.equals(b)) {
                        found.add(p);
                    }
                    nextPaths.add(p);
                    nextEnds.add(next);
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
            paths = nextPaths;
            ends = nextEnds;
        }
        return Set.of();
    }

    @Test
    void aOneWordSearchsPagesAreTheGeneralQuerysOrder() {
        // forward pages of one word are read best-first per word (search/TopHits); backward pages score
        // every match (the general query): both must give the same hits in the same order
        for (String q : List.of("us", "s", "in", "sanc", "intel", "united", "maduro", "the", "zzzz")) {
            for (String types : List.of("", ", types: [CLAIM]", ", types: [ACTOR, DOCUMENT]")) {
                String fields = "{ nodes { score type node { id } } edges { cursor } pageInfo { hasNextPage } }";
                // JSON-P, not GPath: about 900 small pages in all
                JsonObject forward = searchPage("{ search(query: \"" + q + "\", first: 100" + types + ") " + fields + " }", null);
                JsonObject backward = searchPage("{ search(query: \"" + q + "\", last: 100" + types + ") " + fields + " }", null);
                String what = q + types;
                assertEquals(backward.getJsonArray("nodes"), forward.getJsonArray("nodes"), what);
                assertEquals(backward.getJsonArray("edges"), forward.getJsonArray("edges"), what);
                assertFalse(forward.getJsonObject("pageInfo").getBoolean("hasNextPage"), what);
                List<JsonValue> all = forward.getJsonArray("nodes");
                // a short first page is the head of the whole list, and says there is more
                JsonObject head = searchPage("{ search(query: \"" + q + "\", first: 3" + types + ") " + fields + " }", null);
                assertEquals(all.subList(0, Math.min(3, all.size())), head.getJsonArray("nodes"), what);
                assertEquals(all.size() > 3, head.getJsonObject("pageInfo").getBoolean("hasNextPage"), what);
                // pages of three after cursors walk the same list
                List<JsonValue> walked = new ArrayList<>();
                String after = null;
                do {
                    JsonObject page = searchPage("query($after: String) { search(query: \"" + q + "\", first: 3, after: $after" + types
                            + ") { nodes { score type node { id } } pageInfo { hasNextPage endCursor } } }", vars("after", after));
                    walked.addAll(page.getJsonArray("nodes"));
                    JsonObject info = page.getJsonObject("pageInfo");
                    after = info.getBoolean("hasNextPage") ? info.getString("endCursor") : null;
                } while (after != null && walked.size() <= all.size());
                assertEquals(all, walked, what + ", by pages of three");
            }
        }
        assertTrue(ok("{ search(query: \"us\", first: 100) { nodes { score } } }").getList("data.search.nodes").size() > 3);
    }

    private static JsonObject searchPage(String query, Map<String, Object> variables) {
        return okJson(query, variables).getJsonObject("data").getJsonObject("search");
    }

    @Test
    void statsMatchTheListQueries() {
        JsonPath s = ok("""
                { stats { actors { total byKind { kind count } } claims { total byStatus { status count } byType { type count } }
                  relationships { total byType { type count } byStatus { status count } } } }""");
        assertEquals(ok("{ actors { totalCount } }").getInt("data.actors.totalCount"), s.getInt("data.stats.actors.total"));
        for (Map<String, Object> k : s.<Map<String, Object>>getList("data.stats.actors.byKind")) {
            assertEquals(ok("{ actors(filter: {kinds: [" + k.get("kind") + "]}) { totalCount } }").getInt("data.actors.totalCount"),
                    k.get("count"), "kind " + k.get("kind"));
        }
        for (Map<String, Object> k : s.<Map<String, Object>>getList("data.stats.claims.byStatus")) {
            assertEquals(ok("{ claims(filter: {statuses: [" + k.get("status") + "]}) { totalCount } }").getInt("data.claims.totalCount"),
                    k.get("count"), "status " + k.get("status"));
        }
        for (Map<String, Object> k : s.<Map<String, Object>>getList("data.stats.claims.byType")) {
            assertEquals(ok("{ claims(filter: {types: [" + k.get("type") + "]}) { totalCount } }").getInt("data.claims.totalCount"),
                    k.get("count"), "type " + k.get("type"));
        }
        for (Map<String, Object> k : s.<Map<String, Object>>getList("data.stats.relationships.byType")) {
            assertEquals(ok("{ relationships(filter: {types: [" + k.get("type") + "]}) { totalCount } }").getInt("data.relationships.totalCount"),
                    k.get("count"), "type " + k.get("type"));
        }
        // filters apply the same way as in the lists
        String us = actorId("United States");
        JsonPath f = ok("query($a: ID) { stats { claims(filter: {subject: $a}) { total } relationships(filter: {actor: $a, direction: INCOMING}) { total } } "
                + "claims(filter: {subject: $a}) { totalCount } relationships(filter: {actor: $a, direction: INCOMING}) { totalCount } }", vars("a", us));
        assertEquals(f.getInt("data.claims.totalCount"), f.getInt("data.stats.claims.total"));
        assertEquals(f.getInt("data.relationships.totalCount"), f.getInt("data.stats.relationships.total"));
    }

    @Test
    void mostConnectedActorsAreRankedByTheirRelationshipCount() {
        JsonPath r = ok("{ stats { mostConnected(first: 5) { relationships actor { id name } } } }");
        List<Map<String, Object>> top = r.getList("data.stats.mostConnected");
        assertEquals(5, top.size());
        int previous = Integer.MAX_VALUE;
        for (Map<String, Object> d : top) {
            String id = (String) ((Map<?, ?>) d.get("actor")).get("id");
            int listed = ok("query($a: ID!) { actor(id: $a) { relationships { totalCount } } }", vars("a", id))
                    .getInt("data.actor.relationships.totalCount");
            assertEquals(listed, d.get("relationships"), "count of " + d);
            assertTrue(listed <= previous, "most first");
            previous = listed;
        }
        // no actor outside the top has more relationships than the last one in it
        int last = previous;
        for (String id : ok("{ actors(first: 100) { nodes { id } } }").<String>getList("data.actors.nodes.id")) {
            if (top.stream().noneMatch(d -> id.equals(((Map<?, ?>) d.get("actor")).get("id")))) {
                assertTrue(ok("query($a: ID!) { actor(id: $a) { relationships { totalCount } } }", vars("a", id))
                        .getInt("data.actor.relationships.totalCount") <= last, id);
            }
        }
        assertEquals("BAD_USER_INPUT", post("{ stats { mostConnected(first: 0) { relationships } } }")
                .getString("errors[0].extensions.code"));
    }

    @Test
    void relationshipSummaryCountsPerTypeAndDirection() {
        String us = actorId("United States");
        JsonPath r = ok("query($a: ID!) { actor(id: $a) { relationshipSummary { type direction count } } }", vars("a", us));
        for (Map<String, Object> c : r.<Map<String, Object>>getList("data.actor.relationshipSummary")) {
            int listed = ok("query($a: ID!) { actor(id: $a) { relationships(direction: " + c.get("direction") + ", types: ["
                    + c.get("type") + "]) { totalCount } } }", vars("a", us)).getInt("data.actor.relationships.totalCount");
            assertEquals(listed, c.get("count"), c.toString());
        }
        assertTrue(r.getList("data.actor.relationshipSummary").size() >= 5);
    }

    @Test
    void theStrikeClaimShowsWhoCorroboratesAndWhoDoesNotConfirmIt() {
        JsonPath r = ok("""
                { claims(filter: {statuses: [UNCONFIRMED]}) { nodes { id text contradictedBy { text contradicts { id } }
                  corroboratedBy { text claimant { name } } } } }""");
        assertEquals(List.of("The US government has not publicly confirmed the strikes."),
                r.getList("data.claims.nodes[0].contradictedBy.text"));
        assertEquals(List.of(r.getString("data.claims.nodes[0].id")), r.getList("data.claims.nodes[0].contradictedBy[0].contradicts.id"));
        assertEquals(2, r.getList("data.claims.nodes[0].corroboratedBy").size());
    }

    @Test
    void depthAndPageLimitsAreEnforced() {
        String uk = actorId("United Kingdom");
        String us = actorId("United States");
        for (String q : List.of("neighbourhood(depth: 5)", "neighbourhood(depth: 0)", "neighbourhood(first: 0)", "neighbourhood(first: 501)")) {
            JsonPath r = post("query($a: ID!) { actor(id: $a) { " + q + " { actors { id } } } }", vars("a", uk));
            assertEquals("BAD_USER_INPUT", r.getString("errors[0].extensions.code"), q);
        }
        for (String q : List.of("maxDepth: 5", "maxDepth: 0", "first: 11")) {
            JsonPath r = post("query($a: ID!, $b: ID!) { paths(from: $a, to: $b, " + q + ") { length } }", vars("a", uk, "b", us));
            assertEquals("BAD_USER_INPUT", r.getString("errors[0].extensions.code"), q);
        }
        for (String q : List.of("search(query: \"us\", first: 101)", "search(query: \"  ,; \")", "timeline(first: 500)")) {
            JsonPath r = post("{ " + q + " { totalCount } }", null);
            assertEquals("BAD_USER_INPUT", r.getString("errors[0].extensions.code"), q);
        }
        assertNull(post("query($a: ID!) { paths(from: $a, to: $a) { length } }", vars("a", uk)).get("data.paths"));
    }
}
