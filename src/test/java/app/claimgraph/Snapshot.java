package app.claimgraph;

import static app.claimgraph.Gql.okJson;
import static app.claimgraph.Gql.vars;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

/** Everything a client can read, page by page: to show a rejected write changed nothing. */
public final class Snapshot {

    private Snapshot() {
    }

    public static Map<String, List<Object>> take() {
        Map<String, List<Object>> s = new LinkedHashMap<>();
        s.put("actors", all("actors", "id name kind countryCode description aliases parent { id }"));
        s.put("claims", all("claims", "id text quote type status statedOn claimant { id } subjects { id } reportedBy { id } evidence { start end text }"));
        s.put("relationships", all("relationships", "id type status since until description source { id } target { id } evidence { id }"));
        s.put("documents", all("documents", "id title url text"));
        s.put("changes", all("changes", "at by action entityId before after note"));
        return s;
    }

    private static List<Object> all(String field, String selection) {
        List<Object> items = new ArrayList<>();
        String after = null;
        while (true) {
            // parsed with JSON-P: the writes database holds thousands of claims and changes by the time some
            // tests take their snapshots, and a GPath lookup on a page of 100 costs tens of milliseconds
            JsonObject page = okJson("query($after: String) { c: " + field + "(first: 100, after: $after) { nodes { "
                    + selection + " } pageInfo { hasNextPage endCursor } } }", vars("after", after))
                    .getJsonObject("data").getJsonObject("c");
            items.addAll(page.getJsonArray("nodes"));
            JsonObject info = page.getJsonObject("pageInfo");
            if (!info.getBoolean("hasNextPage")) {
                return items;
            }
            after = info.getString("endCursor");
        }
    }
}
