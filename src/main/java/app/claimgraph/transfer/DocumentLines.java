package app.claimgraph.transfer;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

/** The parts of an export's document line: its claims, their subjects, relays and spans, its actors and relationships. */
final class DocumentLines {

    private static final JsonProvider JSON = JsonProvider.provider();

    private DocumentLines() {
    }

    static JsonObject claim(ResultSet cr, List<String> via, List<String> about, JsonArrayBuilder evidence,
            Map<String, Boolean> named) throws SQLException {
        JsonObjectBuilder cl = JSON.createObjectBuilder().add("ref", cr.getString(2)).add("text", cr.getString(3));
        Export.opt(cl, "quote", cr.getString(4));
        cl.add("type", cr.getString(5)).add("status", cr.getString(6));
        if (cr.getString(7) != null) {
            cl.add("claimant", cr.getString(7));
            named.put(cr.getString(7), true);
        }
        via.forEach(k -> named.put(k, true));
        about.forEach(k -> named.put(k, true));
        cl.add("reportedBy", JSON.createArrayBuilder(via)).add("subjects", JSON.createArrayBuilder(about));
        Export.opt(cl, "statedOn", cr.getObject(8) == null ? null : cr.getDate(8).toLocalDate().toString());
        Export.opt(cl, "datePrecision", cr.getString(9));
        Export.opt(cl, "dateNote", cr.getString(10));
        if (cr.getObject(11) != null) {
            cl.add("confidence", BigDecimal.valueOf(cr.getDouble(11)));
        }
        return cl.add("evidence", evidence).build();
    }

    /** Claim ID → actor keys, in the query's order, for one document. */
    static Map<Long, List<String>> byClaim(PreparedStatement q, long doc) throws SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        q.setLong(1, doc);
        try (ResultSet r = q.executeQuery()) {
            while (r.next()) {
                out.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
            }
        }
        return out;
    }

    static Map<Long, JsonArrayBuilder> spansByClaim(PreparedStatement q, long doc) throws SQLException {
        Map<Long, JsonArrayBuilder> out = new HashMap<>();
        q.setLong(1, doc);
        try (ResultSet r = q.executeQuery()) {
            while (r.next()) {
                out.computeIfAbsent(r.getLong(1), k -> JSON.createArrayBuilder()).add(JSON.createObjectBuilder()
                        .add("start", r.getInt(2)).add("end", r.getInt(3)).add("text", r.getString(4)));
            }
        }
        return out;
    }

    static JsonArrayBuilder docActors(PreparedStatement actors, Iterable<String> keys) throws SQLException {
        List<String> sorted = new ArrayList<>();
        keys.forEach(sorted::add);
        sorted.sort(null);
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (String key : sorted) {
            actors.setString(1, key);
            try (ResultSet a = actors.executeQuery()) {
                if (a.next()) {
                    JsonObjectBuilder b = JSON.createObjectBuilder().add("ref", key).add("name", a.getString(2)).add("kind", a.getString(3));
                    Export.opt(b, "countryCode", a.getString(4));
                    out.add(b);
                }
            }
        }
        return out;
    }

    static JsonArrayBuilder docRelationships(PreparedStatement rels, PreparedStatement refs, long doc) throws SQLException {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        rels.setLong(1, doc);
        try (ResultSet r = rels.executeQuery()) {
            while (r.next()) {
                refs.setString(1, r.getString(1));
                refs.setLong(2, doc);
                List<String> ev = new ArrayList<>();
                try (ResultSet e = refs.executeQuery()) {
                    while (e.next()) {
                        ev.add(e.getString(1));
                    }
                }
                out.add(JSON.createObjectBuilder().add("source", r.getString(2)).add("target", r.getString(3)).add("type", r.getString(4))
                        .add("status", r.getString(5)).add("evidence", JSON.createArrayBuilder(ev)));
            }
        }
        return out;
    }
}
