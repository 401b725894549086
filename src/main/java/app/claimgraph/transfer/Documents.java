package app.claimgraph.transfer;

import static app.claimgraph.transfer.Import.actorId;
import static app.claimgraph.transfer.Import.date;
import static app.claimgraph.transfer.Import.number;
import static app.claimgraph.transfer.Import.str;
import static app.claimgraph.transfer.Import.strings;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.json.JsonObject;

import app.claimgraph.api.Text;
import app.claimgraph.claim.ClaimRepository;

/** The document lines of an import: the document, its claims with subjects, relays and evidence. */
final class Documents {

    private Documents() {
    }

    static void write(Import im, JsonObject line) {
        JsonObject d = line.getJsonObject("document");
        String key = line.getString("key");
        im.typed(im.sql("INSERT INTO document (doc_key, url, content_hash, title, publisher_id, published_on, language, body,"
                + " created_at, updated_at) VALUES (:k, :url, :h, :t, " + actorId(":pub") + ", :on, :lang, :body, :c, :u)"))
                .set("k", key, String.class).set("url", str(d, "url"), String.class).set("h", line.getString("contentHash"), String.class)
                .set("t", d.getString("title"), String.class).set("pub", str(d, "publisher"), String.class)
                .set("on", date(d, "publishedOn"), java.time.LocalDate.class).set("lang", str(d, "language"), String.class)
                .set("body", d.getString("text"), String.class)
                .set("c", OffsetDateTime.parse(line.getString("createdAt")), OffsetDateTime.class)
                .set("u", OffsetDateTime.parse(line.getString("updatedAt")), OffsetDateTime.class).update();
        long doc = im.id("document", "doc_key", key);
        im.search().indexDocument(doc, d.getString("title"), d.getString("text"));
        List<JsonObject> claims = d.getJsonArray("claims").getValuesAs(JsonObject.class);
        for (int position = 0; position < claims.size(); position++) {
            claim(im, doc, key, position, claims.get(position));
        }
    }

    private static void claim(Import im, long doc, String docKey, int position, JsonObject c) {
        String key = docKey + "/" + c.getString("ref");
        im.typed(im.sql("INSERT INTO claim (claim_key, document_id, ref, position, text, text_norm, quote, claim_type, status, claimant_id,"
                + " stated_on, date_precision, date_note, confidence) VALUES (:k, :d, :ref, :p, :t, :tn, :q, :type, :st, " + actorId(":cl")
                + ", :on, :prec, :note, :conf)"))
                .set("k", key, String.class).set("d", doc, Long.class).set("ref", c.getString("ref"), String.class)
                .set("p", position, Integer.class).set("t", c.getString("text"), String.class)
                .set("tn", Text.fold(c.getString("text")), String.class).set("q", str(c, "quote"), String.class)
                .set("type", c.getString("type"), String.class).set("st", c.getString("status"), String.class)
                .set("cl", str(c, "claimant"), String.class).set("on", date(c, "statedOn"), java.time.LocalDate.class)
                .set("prec", str(c, "datePrecision"), String.class).set("note", str(c, "dateNote"), String.class)
                .set("conf", number(c, "confidence"), Double.class).update();
        long id = im.id("claim", "claim_key", key);
        List<String> subjects = strings(c.getJsonArray("subjects"));
        for (int i = 0; i < subjects.size(); i++) {
            im.typed(im.sql(ClaimRepository.insertSubjectSql(actorId(":a"))))
                    .set("c", id, Long.class).set("a", subjects.get(i), String.class).set("p", i, Integer.class).update();
        }
        List<String> via = strings(c.getJsonArray("reportedBy"));
        for (int i = 0; i < via.size(); i++) {
            im.typed(im.sql("INSERT INTO claim_reporter (claim_id, position, actor_id) VALUES (:c, :p, " + actorId(":a") + ")"))
                    .set("c", id, Long.class).set("a", via.get(i), String.class).set("p", i, Integer.class).update();
        }
        List<JsonObject> spans = c.getJsonArray("evidence").getValuesAs(JsonObject.class);
        for (int i = 0; i < spans.size(); i++) {
            JsonObject s = spans.get(i);
            im.typed(im.sql("INSERT INTO evidence_span (claim_id, position, start_offset, end_offset, span_text) VALUES (:c, :p, :s, :e, :t)"))
                    .set("c", id, Long.class).set("p", i, Integer.class).set("s", s.getInt("start"), Integer.class)
                    .set("e", s.getInt("end"), Integer.class).set("t", s.getString("text"), String.class).update();
        }
        im.search().indexClaim(id, c.getString("text"), str(c, "quote"));
    }
}
