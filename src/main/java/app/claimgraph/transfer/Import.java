package app.claimgraph.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.query.NativeQuery;

import app.claimgraph.api.Text;
import app.claimgraph.ingest.WriteLock;
import app.claimgraph.search.SearchIndex;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reads an export (see {@link Export}) into an empty database: rows are written as they were, with
 * their keys, timestamps and curated state (statuses, merges, links, relationship edits, change log),
 * and the search index is rebuilt for them. Lines are applied in batches, one transaction each, under
 * the write lock; memory holds one batch and the actors' parent links (set at the end).
 */
@ApplicationScoped
public class Import {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final int BATCH = 100;

    @Inject
    EntityManager em;
    @Inject
    WriteLock lock;
    @Inject
    SearchIndex search;

    /** What an import wrote, per line type. */
    public record Summary(Map<String, Long> lines) {
    }

    public Summary run(BufferedReader in, LongConsumer progress) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        String header = in.readLine();
        JsonObject h = header == null ? null : parse(header, 1);
        if (h == null || !"export".equals(h.getString("claimgraph", null)) || h.getInt("format", 0) != Export.FORMAT) {
            throw TransferException.badFile("The file does not start with a Claimgraph export header of format " + Export.FORMAT + ".");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            lock.acquire();
            Number docs = (Number) em.createNativeQuery("SELECT COUNT(*) FROM document").getSingleResult();
            Number actors = (Number) em.createNativeQuery("SELECT COUNT(*) FROM actor").getSingleResult();
            if (docs.longValue() + actors.longValue() > 0) {
                throw TransferException.notEmpty("Import into an empty database only (this one holds " + docs + " documents and "
                        + actors + " actors): start a new one with claimgraph.seed.enabled=false.");
            }
        });
        List<String[]> parents = new ArrayList<>();
        List<JsonObject> batch = new ArrayList<>(BATCH);
        long number = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            batch.add(parse(line, number));
            if (batch.size() == BATCH) {
                apply(batch, parents, counts);
                progress.accept(number);
            }
        }
        apply(batch, parents, counts);
        QuarkusTransaction.requiringNew().run(() -> {
            lock.acquire();
            for (String[] p : parents) {
                em.createNativeQuery("UPDATE actor SET parent_id = (SELECT id FROM actor WHERE actor_key = :p) WHERE actor_key = :k")
                        .setParameter("p", p[1]).setParameter("k", p[0]).executeUpdate();
            }
        });
        progress.accept(number);
        return new Summary(counts);
    }

    private void apply(List<JsonObject> batch, List<String[]> parents, Map<String, Long> counts) {
        if (batch.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            lock.acquire();
            for (JsonObject o : batch) {
                String type = o.getString("type", "");
                switch (type) {
                    case "actor" -> actor(o, parents);
                    case "redirect" -> sql("INSERT INTO actor_redirect (old_key, actor_id) VALUES (:f, " + actorId(":t") + ")")
                            .setParameter("f", o.getString("from")).setParameter("t", o.getString("to")).executeUpdate();
                    case "document" -> Documents.write(this, o);
                    case "relationship" -> relationship(o);
                    case "link" -> sql("INSERT INTO claim_link (from_claim_id, to_claim_id, link_type) VALUES (" + claimId(":f") + ", "
                            + claimId(":t") + ", :l)").setParameter("f", o.getString("from")).setParameter("t", o.getString("to"))
                            .setParameter("l", o.getString("linkType")).executeUpdate();
                    case "change" -> typed(sql("INSERT INTO change_log (changed_at, changed_by, entity_type, entity_key, action,"
                            + " before_json, after_json, note) VALUES (:at, :by, :et, :ek, :a, :b, :af, :n)"))
                            .set("at", OffsetDateTime.parse(o.getString("at")), OffsetDateTime.class).set("by", o.getString("by"), String.class)
                            .set("et", o.getString("entityType"), String.class).set("ek", o.getString("entityKey"), String.class)
                            .set("a", o.getString("action"), String.class).set("b", str(o, "before"), String.class)
                            .set("af", str(o, "after"), String.class).set("n", str(o, "note"), String.class).update();
                    default -> throw TransferException.badFile("Unknown line type '" + type + "'.");
                }
                counts.merge(type, 1L, Long::sum);
            }
        });
        batch.clear();
    }

    private void actor(JsonObject o, List<String[]> parents) {
        String key = o.getString("key");
        String name = o.getString("name");
        typed(sql("INSERT INTO actor (actor_key, name, name_norm, kind, country_code, description, created_at)"
                + " VALUES (:k, :n, :nn, :kind, :cc, :d, :at)")).set("k", key, String.class).set("n", name, String.class)
                .set("nn", Text.fold(name), String.class).set("kind", o.getString("kind"), String.class)
                .set("cc", str(o, "countryCode"), String.class).set("d", str(o, "description"), String.class)
                .set("at", OffsetDateTime.parse(o.getString("createdAt")), OffsetDateTime.class).update();
        long id = id("actor", "actor_key", key);
        List<String> aliases = strings(o.getJsonArray("aliases"));
        for (int i = 0; i < aliases.size(); i++) {
            sql("INSERT INTO actor_alias (actor_id, alias, alias_norm, position) VALUES (:a, :al, :n, :p)").setParameter("a", id)
                    .setParameter("al", aliases.get(i)).setParameter("n", Text.fold(aliases.get(i))).setParameter("p", i).executeUpdate();
        }
        search.indexActor(id, name, aliases);
        if (o.containsKey("parent")) {
            parents.add(new String[] { key, o.getString("parent") });
        }
    }

    private void relationship(JsonObject o) {
        String key = o.getString("key");
        typed(sql("INSERT INTO relationship (rel_key, source_id, target_id, rel_type, status, since, until, description) VALUES (:k, "
                + actorId(":s") + ", " + actorId(":t") + ", :type, :st, :since, :until, :d)")).set("k", key, String.class)
                .set("s", o.getString("source"), String.class).set("t", o.getString("target"), String.class)
                .set("type", o.getString("relType"), String.class).set("st", o.getString("status"), String.class)
                .set("since", date(o, "since"), LocalDate.class).set("until", date(o, "until"), LocalDate.class)
                .set("d", str(o, "description"), String.class).update();
        long id = id("relationship", "rel_key", key);
        List<String> evidence = strings(o.getJsonArray("evidence"));
        for (int i = 0; i < evidence.size(); i++) {
            sql("INSERT INTO relationship_evidence (relationship_id, claim_id, position) VALUES (:r, " + claimId(":c") + ", :p)")
                    .setParameter("r", id).setParameter("c", evidence.get(i)).setParameter("p", i).executeUpdate();
        }
    }

    // --- helpers shared with Documents ------------------------------------------------------------

    Query sql(String sql) {
        return em.createNativeQuery(sql);
    }

    /** Parameters bound with their type, so that a null is typed too (PostgreSQL needs it). */
    Bind typed(Query q) {
        return new Bind(q.unwrap(NativeQuery.class));
    }

    static final class Bind {
        private final NativeQuery<?> q;

        Bind(NativeQuery<?> q) {
            this.q = q;
        }

        <P> Bind set(String name, P value, Class<P> type) {
            q.setParameter(name, value, type);
            return this;
        }

        int update() {
            return q.executeUpdate();
        }
    }

    long id(String table, String keyColumn, String key) {
        return ((Number) em.createNativeQuery("SELECT id FROM " + table + " WHERE " + keyColumn + " = :k").setParameter("k", key)
                .getSingleResult()).longValue();
    }

    SearchIndex search() {
        return search;
    }

    static String actorId(String param) {
        return "(SELECT id FROM actor WHERE actor_key = " + param + ")";
    }

    static String claimId(String param) {
        return "(SELECT id FROM claim WHERE claim_key = " + param + ")";
    }

    static String str(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }

    static Double number(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonNumber n ? n.doubleValue() : null;
    }

    static LocalDate date(JsonObject o, String name) {
        String s = str(o, name);
        return s == null ? null : LocalDate.parse(s);
    }

    static List<String> strings(JsonArray a) {
        return a == null ? List.of() : a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonObject parse(String line, long number) {
        try (JsonReader r = JSON.createReader(new StringReader(line))) {
            return r.readObject();
        } catch (RuntimeException e) {
            throw TransferException.badFile("Line " + number + " is not a JSON object.");
        }
    }
}
