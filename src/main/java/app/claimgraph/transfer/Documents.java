package app.claimgraph.transfer;

import static app.claimgraph.transfer.Import.actorId;
import static app.claimgraph.transfer.ExportFields.date;
import static app.claimgraph.transfer.ExportFields.field;
import static app.claimgraph.transfer.ExportFields.number;
import static app.claimgraph.transfer.ExportFields.strings;
import static app.claimgraph.transfer.ExportFields.text;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import app.claimgraph.api.Text;
import app.claimgraph.document.DocumentEntity;
import app.claimgraph.document.DocumentField;
import app.claimgraph.search.SearchIndex;

/** The document lines of an import: the document, its claims with subjects, relays and evidence. */
final class Documents {

    /** An undated claim's date key in claim_subject (ClaimRepository's BY_DATE: undated claims last). */
    private static final LocalDate NO_DATE = LocalDate.of(1, 1, 1);

    /** A document's row: its key, hash, publisher, text and times, then its own fields ({@link DocumentEntity#FIELDS}). */
    private static final String INSERT_DOCUMENT = "INSERT INTO document (doc_key, content_hash, hash_version, publisher_id,"
            + " body, created_at, updated_at" + DocumentEntity.FIELDS.stream().map(f -> ", " + f.column()).collect(Collectors.joining())
            + ") VALUES (?, ?, ?, " + actorId() + ", ?, ?, ?" + ", ?".repeat(DocumentEntity.FIELDS.size()) + ")";

    private Documents() {
    }

    static void write(Batch b, JsonObject line, int hashVersion) throws SQLException {
        JsonObject d = line.getJsonObject("document");
        String key = line.getString("key");
        List<Object> values = new ArrayList<>(List.of(key, line.getString("contentHash"), hashVersion, text(d, "publisher"),
                d.getString("text"), OffsetDateTime.parse(line.getString("createdAt")), OffsetDateTime.parse(line.getString("updatedAt"))));
        for (DocumentField f : DocumentEntity.FIELDS) {
            values.add(field(d, f));
        }
        long doc = b.insert(INSERT_DOCUMENT, List.<Object[]>of(values.toArray()))[0];
        Import.words(b, SearchIndex.DOCUMENT, doc, SearchIndex.documentWords(d.getString("title"), d.getString("text")));
        List<JsonObject> claims = d.getJsonArray("claims").getValuesAs(JsonObject.class);
        List<Object[]> rows = new ArrayList<>(claims.size());
        for (int position = 0; position < claims.size(); position++) {
            JsonObject c = claims.get(position);
            rows.add(new Object[] { key + "/" + c.getString("ref"), doc, c.getString("ref"), position, c.getString("text"),
                    Text.fold(c.getString("text")), text(c, "quote"), c.getString("type"), c.getString("status"),
                    text(c, "claimant"), date(c, "statedOn"), text(c, "datePrecision"), text(c, "dateNote"),
                    number(c, "confidence") });
        }
        long[] ids = rows.isEmpty() ? new long[0] : b.insert("INSERT INTO claim (claim_key, document_id, ref, position, text,"
                + " text_norm, quote, claim_type, status, claimant_id, stated_on, date_precision, date_note, confidence) VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, " + actorId() + ", ?, ?, ?, ?)", rows);
        for (int position = 0; position < claims.size(); position++) {
            parts(b, doc, position, ids[position], claims.get(position));
        }
    }

    /** A claim's subjects (with its sort keys copied, see ClaimRepository.insertSubjectSql), relays, spans, words. */
    private static void parts(Batch b, long doc, int position, long id, JsonObject c) throws SQLException {
        Object stated = date(c, "statedOn");
        boolean undated = !(stated instanceof LocalDate);
        List<String> subjects = strings(c.getJsonArray("subjects"));
        for (int i = 0; i < subjects.size(); i++) {
            b.add("INSERT INTO claim_subject (claim_id, actor_id, position, document_id, claim_position, undated, stated_key)"
                    + " VALUES (?, " + actorId() + ", ?, ?, ?, ?, ?)", id, subjects.get(i), i, doc, position, undated ? 1 : 0,
                    undated ? NO_DATE : stated);
        }
        List<String> via = strings(c.getJsonArray("reportedBy"));
        for (int i = 0; i < via.size(); i++) {
            b.add("INSERT INTO claim_reporter (claim_id, position, actor_id) VALUES (?, ?, " + actorId() + ")", id, i, via.get(i));
        }
        List<JsonObject> spans = c.getJsonArray("evidence").getValuesAs(JsonObject.class);
        for (int i = 0; i < spans.size(); i++) {
            JsonObject s = spans.get(i);
            b.add("INSERT INTO evidence_span (claim_id, position, start_offset, end_offset, span_text) VALUES (?, ?, ?, ?, ?)",
                    id, i, s.getInt("start"), s.getInt("end"), s.getString("text"));
        }
        String quote = c.get("quote") instanceof JsonString q ? q.getString() : null;
        Import.words(b, SearchIndex.CLAIM, id, SearchIndex.claimWords(c.getString("text"), quote));
    }
}
