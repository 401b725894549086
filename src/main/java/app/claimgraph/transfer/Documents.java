package app.claimgraph.transfer;

import static app.claimgraph.transfer.Import.actorId;
import static app.claimgraph.transfer.Import.claimId;
import static app.claimgraph.transfer.Import.date;
import static app.claimgraph.transfer.Import.number;
import static app.claimgraph.transfer.Import.strings;
import static app.claimgraph.transfer.Import.text;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import app.claimgraph.api.Text;
import app.claimgraph.claim.ClaimRepository;
import app.claimgraph.search.SearchIndex;

/** The document lines of an import: the document, its claims with subjects, relays and evidence. */
final class Documents {

    private static final String DOCUMENT_ID = "(SELECT id FROM document WHERE doc_key = ?)";

    private Documents() {
    }

    static void write(Batch b, JsonObject line, int hashVersion) throws SQLException {
        JsonObject d = line.getJsonObject("document");
        String key = line.getString("key");
        b.add("INSERT INTO document (doc_key, url, content_hash, hash_version, title, publisher_id, published_on, language, body,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, " + actorId() + ", ?, ?, ?, ?, ?)", key, text(d, "url"),
                line.getString("contentHash"), hashVersion, d.getString("title"), text(d, "publisher"), date(d, "publishedOn"),
                text(d, "language"), d.getString("text"), OffsetDateTime.parse(line.getString("createdAt")),
                OffsetDateTime.parse(line.getString("updatedAt")));
        Import.words(b, SearchIndex.DOCUMENT, DOCUMENT_ID, key, SearchIndex.documentWords(d.getString("title"), d.getString("text")));
        List<JsonObject> claims = d.getJsonArray("claims").getValuesAs(JsonObject.class);
        for (int position = 0; position < claims.size(); position++) {
            claim(b, key, position, claims.get(position));
        }
    }

    private static void claim(Batch b, String docKey, int position, JsonObject c) throws SQLException {
        String key = docKey + "/" + c.getString("ref");
        b.add("INSERT INTO claim (claim_key, document_id, ref, position, text, text_norm, quote, claim_type, status, claimant_id,"
                + " stated_on, date_precision, date_note, confidence) VALUES (?, " + DOCUMENT_ID + ", ?, ?, ?, ?, ?, ?, ?, "
                + actorId() + ", ?, ?, ?, ?)", key, docKey, c.getString("ref"), position, c.getString("text"),
                Text.fold(c.getString("text")), text(c, "quote"), c.getString("type"), c.getString("status"),
                text(c, "claimant"), date(c, "statedOn"), text(c, "datePrecision"), text(c, "dateNote"), number(c, "confidence"));
        List<String> subjects = strings(c.getJsonArray("subjects"));
        for (int i = 0; i < subjects.size(); i++) {
            b.add(ClaimRepository.insertSubjectByKeySql(actorId()), subjects.get(i), i, key);
        }
        List<String> via = strings(c.getJsonArray("reportedBy"));
        for (int i = 0; i < via.size(); i++) {
            b.add("INSERT INTO claim_reporter (claim_id, position, actor_id) VALUES (" + claimId() + ", ?, " + actorId() + ")", key, i,
                    via.get(i));
        }
        List<JsonObject> spans = c.getJsonArray("evidence").getValuesAs(JsonObject.class);
        for (int i = 0; i < spans.size(); i++) {
            JsonObject s = spans.get(i);
            b.add("INSERT INTO evidence_span (claim_id, position, start_offset, end_offset, span_text) VALUES (" + claimId()
                    + ", ?, ?, ?, ?)", key, i, s.getInt("start"), s.getInt("end"), s.getString("text"));
        }
        String quote = c.get("quote") instanceof JsonString q ? q.getString() : null;
        Import.words(b, SearchIndex.CLAIM, claimId(), key, SearchIndex.claimWords(c.getString("text"), quote));
    }
}
