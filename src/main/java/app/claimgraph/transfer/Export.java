package app.claimgraph.transfer;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import app.claimgraph.document.DocumentEntity;
import app.claimgraph.document.DocumentField;
import app.claimgraph.ingest.ContentHash;

/**
 * Writes the whole graph as JSON lines. Row IDs are never written; rows come in the order they were
 * stored (ID order), which an import keeps, so lists ordered by storage ("in the order ingested")
 * answer the same after it, and the same graph gives the same bytes on H2 and PostgreSQL. Lines:
 * a header, then every actor, actor redirect (merges), document (in the shape of {@code DocumentInput}:
 * its text, the actors its claims name, its claims with evidence, the relationships they support),
 * relationship (with its evidence claims and current status and dates), claim link and change-log
 * entry. Reads row by row (a cursor per section, small queries per document): memory does not grow
 * with the graph.
 */
final class Export {

    /** 2: the file ends with a trailer line (counts per line type, SHA-256 of the lines before it). 1 had none. */
    static final int FORMAT = 2;
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final int FETCH = 200;
    /** The document's own fields' columns, read by label ({@link DocumentField#read}). */
    private static final String DOCUMENT_COLUMNS = DocumentEntity.FIELDS.stream().map(f -> ", d." + f.column())
            .collect(Collectors.joining());

    private final Connection c;
    private final Writer out;
    private final LongConsumer progress; // told how many lines are written, every so often
    private final Trailer trailer = new Trailer();

    Export(Connection c, Writer out, LongConsumer progress) {
        this.c = c;
        this.out = out;
        this.progress = progress;
    }

    long run() throws SQLException, IOException {
        long lines = 0;
        line(JSON.createObjectBuilder().add("claimgraph", "export").add("format", FORMAT));
        lines++;
        try (Statement s = cursor(); ResultSet r = s.executeQuery("SELECT a.id, a.actor_key, a.name, a.kind, a.country_code,"
                + " a.description, p.actor_key, a.created_at FROM actor a LEFT JOIN actor p ON p.id = a.parent_id ORDER BY a.id")) {
            try (PreparedStatement aliases = c.prepareStatement("SELECT alias FROM actor_alias WHERE actor_id = ? ORDER BY position, alias")) {
                while (r.next()) {
                    JsonObjectBuilder a = JSON.createObjectBuilder().add("type", "actor").add("key", r.getString(2));
                    a.add("name", r.getString(3)).add("kind", r.getString(4));
                    opt(a, "countryCode", r.getString(5));
                    opt(a, "description", r.getString(6));
                    opt(a, "parent", r.getString(7));
                    a.add("aliases", JSON.createArrayBuilder(list(aliases, r.getLong(1))));
                    a.add("createdAt", instant(r.getObject(8, OffsetDateTime.class)));
                    lines = count(lines, a);
                }
            }
        }
        try (Statement s = cursor(); ResultSet r = s.executeQuery("SELECT d.old_key, a.actor_key FROM actor_redirect d"
                + " JOIN actor a ON a.id = d.actor_id ORDER BY d.old_key")) {
            while (r.next()) {
                lines = count(lines, JSON.createObjectBuilder().add("type", "redirect").add("from", r.getString(1)).add("to", r.getString(2)));
            }
        }
        lines = documents(lines);
        lines = relationships(lines);
        try (Statement s = cursor(); ResultSet r = s.executeQuery("SELECT f.claim_key, t.claim_key, l.link_type FROM claim_link l"
                + " JOIN claim f ON f.id = l.from_claim_id JOIN claim t ON t.id = l.to_claim_id ORDER BY f.claim_key, l.link_type, t.claim_key")) {
            while (r.next()) {
                lines = count(lines, JSON.createObjectBuilder().add("type", "link").add("from", r.getString(1)).add("to", r.getString(2))
                        .add("linkType", r.getString(3)));
            }
        }
        try (Statement s = cursor(); ResultSet r = s.executeQuery("SELECT changed_at, changed_by, entity_type, entity_key, action,"
                + " before_json, after_json, note FROM change_log ORDER BY id")) {
            while (r.next()) {
                JsonObjectBuilder ch = JSON.createObjectBuilder().add("type", "change").add("at", instant(r.getObject(1, OffsetDateTime.class)))
                        .add("by", r.getString(2)).add("entityType", r.getString(3)).add("entityKey", r.getString(4)).add("action", r.getString(5));
                opt(ch, "before", r.getString(6));
                opt(ch, "after", r.getString(7));
                opt(ch, "note", r.getString(8));
                lines = count(lines, ch);
            }
        }
        out.write(trailer.line());
        out.write('\n');
        out.flush();
        progress.accept(lines);
        return lines + 1;
    }

    private long documents(long lines) throws SQLException, IOException {
        try (Statement s = cursor(); ResultSet r = s.executeQuery("SELECT d.id, d.doc_key, p.actor_key, d.body, d.created_at, d.updated_at,"
                + " d.content_hash, d.hash_version" + DOCUMENT_COLUMNS + " FROM document d LEFT JOIN actor p ON p.id = d.publisher_id ORDER BY d.id");
                PreparedStatement claims = c.prepareStatement("SELECT c.id, c.ref, c.text, c.quote, c.claim_type, c.status, a.actor_key,"
                        + " c.stated_on, c.date_precision, c.date_note, c.confidence FROM claim c LEFT JOIN actor a ON a.id = c.claimant_id"
                        + " WHERE c.document_id = ? ORDER BY c.position, c.ref");
                PreparedStatement subjects = c.prepareStatement("SELECT s.claim_id, a.actor_key FROM claim_subject s JOIN claim c ON c.id = s.claim_id"
                        + " JOIN actor a ON a.id = s.actor_id WHERE c.document_id = ? ORDER BY s.claim_id, s.position, a.actor_key");
                PreparedStatement reporters = c.prepareStatement("SELECT s.claim_id, a.actor_key FROM claim_reporter s JOIN claim c ON c.id = s.claim_id"
                        + " JOIN actor a ON a.id = s.actor_id WHERE c.document_id = ? ORDER BY s.claim_id, s.position");
                PreparedStatement spans = c.prepareStatement("SELECT e.claim_id, e.start_offset, e.end_offset, e.span_text FROM evidence_span e"
                        + " JOIN claim c ON c.id = e.claim_id WHERE c.document_id = ? ORDER BY e.claim_id, e.position");
                PreparedStatement actors = c.prepareStatement("SELECT actor_key, name, kind, country_code FROM actor WHERE actor_key = ?");
                PreparedStatement rels = c.prepareStatement("SELECT DISTINCT r.rel_key, sa.actor_key, ta.actor_key, r.rel_type, r.status"
                        + " FROM relationship r JOIN relationship_evidence e ON e.relationship_id = r.id JOIN claim c ON c.id = e.claim_id"
                        + " JOIN actor sa ON sa.id = r.source_id JOIN actor ta ON ta.id = r.target_id WHERE c.document_id = ? ORDER BY r.rel_key");
                PreparedStatement relRefs = c.prepareStatement("SELECT c.ref FROM relationship_evidence e JOIN claim c ON c.id = e.claim_id"
                        + " JOIN relationship r ON r.id = e.relationship_id WHERE r.rel_key = ? AND c.document_id = ? ORDER BY e.position, c.ref")) {
            while (r.next()) {
                long doc = r.getLong(1);
                JsonObjectBuilder d = JSON.createObjectBuilder();
                for (DocumentField f : DocumentEntity.FIELDS) {
                    opt(d, f.name(), DocumentField.written(f.read(r)));
                }
                d.add("text", r.getString(4));
                Map<String, Boolean> named = new LinkedHashMap<>();
                if (r.getString(3) != null) {
                    d.add("publisher", r.getString(3));
                    named.put(r.getString(3), true);
                }
                // a claim's subjects, relays and spans: one query each for the whole document
                Map<Long, List<String>> about = DocumentLines.byClaim(subjects, doc);
                Map<Long, List<String>> via = DocumentLines.byClaim(reporters, doc);
                Map<Long, JsonArrayBuilder> evidence = DocumentLines.spansByClaim(spans, doc);
                JsonArrayBuilder cs = JSON.createArrayBuilder();
                claims.setLong(1, doc);
                try (ResultSet cr = claims.executeQuery()) {
                    while (cr.next()) {
                        long id = cr.getLong(1);
                        cs.add(DocumentLines.claim(cr, via.getOrDefault(id, List.of()), about.getOrDefault(id, List.of()),
                                evidence.getOrDefault(id, JSON.createArrayBuilder()), named));
                    }
                }
                d.add("actors", DocumentLines.docActors(actors, named.keySet()));
                d.add("claims", cs);
                d.add("relationships", DocumentLines.docRelationships(rels, relRefs, doc));
                JsonObjectBuilder line = JSON.createObjectBuilder().add("type", "document").add("key", r.getString(2))
                        .add("contentHash", r.getString(7));
                if (r.getInt(8) != ContentHash.VERSION) {
                    line.add("contentHashVersion", r.getInt(8)); // a hash from before 2026-12-05 (ContentHash.legacy)
                }
                lines = count(lines, line.add("createdAt", instant(r.getObject(5, OffsetDateTime.class)))
                        .add("updatedAt", instant(r.getObject(6, OffsetDateTime.class))).add("document", d));
            }
        }
        return lines;
    }

    private long relationships(long lines) throws SQLException, IOException {
        try (Statement s = cursor(); ResultSet r = s.executeQuery("SELECT r.id, r.rel_key, sa.actor_key, ta.actor_key, r.rel_type, r.status,"
                + " r.since, r.until, r.description FROM relationship r JOIN actor sa ON sa.id = r.source_id JOIN actor ta ON ta.id = r.target_id"
                + " ORDER BY r.id");
                PreparedStatement ev = c.prepareStatement("SELECT c.claim_key FROM relationship_evidence e JOIN claim c ON c.id = e.claim_id"
                        + " WHERE e.relationship_id = ? ORDER BY e.position, c.claim_key")) {
            while (r.next()) {
                JsonObjectBuilder b = JSON.createObjectBuilder().add("type", "relationship").add("key", r.getString(2))
                        .add("source", r.getString(3)).add("target", r.getString(4)).add("relType", r.getString(5)).add("status", r.getString(6));
                opt(b, "since", r.getObject(7) == null ? null : r.getDate(7).toLocalDate().toString());
                opt(b, "until", r.getObject(8) == null ? null : r.getDate(8).toLocalDate().toString());
                opt(b, "description", r.getString(9));
                b.add("evidence", JSON.createArrayBuilder(list(ev, r.getLong(1))));
                lines = count(lines, b);
            }
        }
        return lines;
    }

    private Statement cursor() throws SQLException {
        Statement s = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        s.setFetchSize(FETCH); // PostgreSQL streams with a cursor (the connection is not auto-commit)
        return s;
    }

    private long count(long lines, JsonObjectBuilder object) throws IOException {
        line(object);
        if (++lines % 1000 == 0) {
            progress.accept(lines);
        }
        return lines;
    }

    private void line(JsonObjectBuilder object) throws IOException {
        JsonObject o = object.build();
        String text = o.toString();
        trailer.add(o.getString("type", null), text);
        out.write(text);
        out.write('\n');
    }

    private static List<String> list(PreparedStatement q, long id) throws SQLException {
        q.setLong(1, id);
        List<String> out = new ArrayList<>();
        try (ResultSet r = q.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    static void opt(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }

    /** UTC, microseconds: what both engines keep of a timestamp. */
    static String instant(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
    }
}
