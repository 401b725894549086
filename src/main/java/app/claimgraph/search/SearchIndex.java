package app.claimgraph.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import app.claimgraph.db.RowWrites;

/**
 * Keeps {@code search_token} in step with the searchable fields. Called by the write path inside
 * its transaction, so the index never disagrees with committed data.
 */
@ApplicationScoped
public class SearchIndex {

    public static final char ACTOR = 'A';
    public static final char CLAIM = 'C';
    public static final char DOCUMENT = 'D';

    /** How much a word counts by the field it is found in. */
    public static final int NAME = 10, ALIAS = 8, TITLE = 4, CLAIM_TEXT = 3, QUOTE = 2, BODY = 1;

    private static final int ROWS_PER_INSERT = 200;

    @Inject
    EntityManager em;

    public void indexActor(long id, String name, Collection<String> aliases) {
        replace(ACTOR, id, actorWords(name, aliases));
    }

    public void indexClaim(long id, String text, String quote) {
        replace(CLAIM, id, claimWords(text, quote));
    }

    public void indexDocument(long id, String title, String body) {
        replace(DOCUMENT, id, documentWords(title, body));
    }

    /** The words an actor is found by, with their weights (the import writes them itself, in batches). */
    public static Map<String, Integer> actorWords(String name, Collection<String> aliases) {
        Map<String, Integer> w = new LinkedHashMap<>();
        add(w, name, NAME);
        for (String alias : aliases) {
            add(w, alias, ALIAS);
        }
        return w;
    }

    public static Map<String, Integer> claimWords(String text, String quote) {
        Map<String, Integer> w = new LinkedHashMap<>();
        add(w, text, CLAIM_TEXT);
        add(w, quote, QUOTE);
        return w;
    }

    public static Map<String, Integer> documentWords(String title, String body) {
        Map<String, Integer> w = new LinkedHashMap<>();
        add(w, title, TITLE);
        add(w, body, BODY);
        return w;
    }

    /**
     * One statement per object: H2 seeks (entity_type, entity_id) for one id, but for an IN list it
     * reads every token of the type (5–10 s for two claims at 1M claims, under the write lock).
     */
    public void remove(char type, Collection<Long> ids) {
        for (Long id : ids) {
            RowWrites.statement(em, "DELETE FROM search_token WHERE entity_type = :t AND entity_id = :id")
                    .setParameter("t", String.valueOf(type)).setParameter("id", id).executeUpdate();
        }
    }

    private static void add(Map<String, Integer> weights, String text, int weight) {
        for (String t : Tokens.distinct(text)) {
            weights.merge(t, weight, Math::max);
        }
    }

    private void replace(char type, long id, Map<String, Integer> weights) {
        remove(type, List.of(id));
        List<Map.Entry<String, Integer>> rows = new ArrayList<>(weights.entrySet());
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Map.Entry<String, Integer>> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder("INSERT INTO search_token (token, entity_type, entity_id, weight) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(:t").append(i).append(", :type, :id, :w").append(i).append(')');
            }
            var q = RowWrites.statement(em, sql.toString()).setParameter("type", String.valueOf(type)).setParameter("id", id);
            for (int i = 0; i < chunk.size(); i++) {
                q.setParameter("t" + i, chunk.get(i).getKey()).setParameter("w" + i, chunk.get(i).getValue());
            }
            q.executeUpdate();
        }
    }
}
