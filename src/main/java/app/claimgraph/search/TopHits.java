package app.claimgraph.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;


import app.claimgraph.db.Sql;
import app.claimgraph.paging.KeysetQuery.Row;
import app.claimgraph.paging.PageArgs;

/**
 * A forward page of a one-word search (type-ahead: "sanc") read from the top of each matching
 * word's postings instead of from every match. The general query ({@link HitQueries#general})
 * scores every object that contains the word before it can sort them: 33,000 objects for "sanc" at
 * 100k claims, 0.4 s on H2. Here each distinct word the query matches (at most
 * {@link #MAX_WORDS}, found by index seeks) is read in score order from
 * {@code search_token_rank_ix}, a few rows each, and the lists are merged: an object's score is its
 * best word's, so its first appearance in the merge is its place. Same hits, same order and same
 * cursors as the general query; it answers {@link Optional#empty()} when it cannot be sure (too many
 * words, or a list read to its end that may hold more), and the caller runs the general query.
 * <p>
 * After a cursor each list starts past it, and an object met through a word that scores it below its
 * best is checked on the object's own index: its best word placed it before the cursor. Backward pages
 * take the general query.
 */
final class TopHits {

    /** Most distinct words a prefix may match for this path; "co" matches thousands: general query. */
    static final int MAX_WORDS = 32;

    private record Posting(String word, int score, String type, long id) {
    }

    private static final Comparator<Posting> ORDER = Comparator.comparingInt(Posting::score).reversed()
            .thenComparing(Posting::type).thenComparingLong(Posting::id);

    private TopHits() {
    }

    /**
     * The rows (score, type, id) of the page, one more than its size when there are more, or empty
     * when the general query must answer.
     */
    static Optional<List<Row>> page(Sql db, String term, boolean prefix, List<String> typeCodes, PageArgs page) {
        if (page.backward()) {
            return Optional.empty();
        }
        List<String> words = prefix ? words(db, term) : List.of(term);
        if (words.size() > MAX_WORDS) {
            return Optional.empty();
        }
        if (words.isEmpty()) {
            return Optional.of(List.of());
        }
        int wanted = page.size() + 1;
        // an object appears once per matching word; twice the page is nearly always enough
        for (int perWord = 2 * wanted; perWord <= 8 * wanted; perWord *= 4) {
            Optional<List<Row>> rows = merge(db, term, words, typeCodes, page.cursor(), wanted, perWord);
            if (rows.isPresent()) {
                return rows;
            }
        }
        return Optional.empty();
    }

    /** The distinct indexed words that begin with {@code term}, at most one more than {@link #MAX_WORDS}. */
    static List<String> words(Sql db, String term) {
        Map<String, Object> params = Map.of("lo", term, "hi", term + "\uffff", "cap", MAX_WORDS);
        // one index seek per word (a loose scan), never a pass over the postings: the first token from
        // word + ' ' on (words are letters and digits, all above the space); "> word" made H2 step over
        // every posting of the word, and H2 answers MIN(token) with a condition by reading the whole range
        List<String> out = new ArrayList<>();
        for (Object[] r : db.rows("WITH RECURSIVE w(word, n) AS (SELECT (SELECT token FROM search_token"
                + " WHERE token >= :lo AND token < :hi ORDER BY token LIMIT 1), 1 UNION ALL SELECT (SELECT s.token"
                + " FROM search_token s WHERE s.token >= (w.word || ' ') AND s.token < :hi ORDER BY s.token LIMIT 1),"
                + " w.n + 1 FROM w WHERE w.word IS NOT NULL AND w.n <= :cap) SELECT word FROM w WHERE word IS NOT NULL",
                params)) {
            out.add((String) r[0]);
        }
        return out;
    }

    private static Optional<List<Row>> merge(Sql db, String term, List<String> words, List<String> typeCodes,
            Object[] cursor, int wanted, int perWord) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("n", perWord);
        if (typeCodes != null) {
            params.put("types", typeCodes);
        }
        if (cursor != null) {
            params.put("cs", ((Number) cursor[0]).intValue());
            params.put("ct", cursor[1].toString());
            params.put("ci", ((Number) cursor[2]).longValue());
        }
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            params.put("w" + i, words.get(i));
            sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT x").append(i).append(".* FROM (SELECT token, weight,")
                    .append(" entity_type, entity_id FROM search_token WHERE token = :w").append(i)
                    .append(typeCodes != null ? " AND entity_type IN (:types)" : "")
                    .append(cursor == null ? "" : after(multiplier(term, words.get(i))))
                    // token first: H2 reads the index in order only when the ORDER BY names all its columns
                    .append(" ORDER BY token, weight DESC, entity_type, entity_id LIMIT :n) x").append(i);
        }
        Map<String, List<Posting>> lists = new LinkedHashMap<>();
        for (String w : words) {
            lists.put(w, new ArrayList<>());
        }
        for (Object[] r : db.rows(sql.toString(), params)) {
            String word = (String) r[0];
            lists.get(word).add(new Posting(word, multiplier(term, word) * ((Number) r[1]).intValue(),
                    r[2].toString().trim(), ((Number) r[3]).longValue()));
        }
        // a merge of the sorted lists; a list that was cut at perWord and runs out first leaves doubt
        PriorityQueue<int[]> heads = new PriorityQueue<>((a, b) -> ORDER.compare(at(lists, words, a), at(lists, words, b)));
        for (int i = 0; i < words.size(); i++) {
            List<Posting> list = lists.get(words.get(i));
            list.sort(ORDER);
            if (!list.isEmpty()) {
                heads.add(new int[] { i, 0 });
            }
        }
        Set<String> seen = new HashSet<>();
        List<Posting> kept = new ArrayList<>(wanted);
        List<Posting> batch = new ArrayList<>(wanted);
        do {
            while (kept.size() + batch.size() < wanted && !heads.isEmpty()) {
                int[] head = heads.poll();
                List<Posting> list = lists.get(words.get(head[0]));
                Posting p = list.get(head[1]);
                if (seen.add(p.type() + p.id())) {
                    batch.add(p);
                }
                if (head[1] + 1 < list.size()) {
                    heads.add(new int[] { head[0], head[1] + 1 });
                } else if (list.size() == perWord && kept.size() + batch.size() < wanted) {
                    return Optional.empty(); // this word has more postings than were read: read more
                }
            }
            if (cursor != null) {
                // after a cursor, an object may come up through a word that scores it lower than its best
                // word, which placed it before the cursor (and was cut by the cursor): it is not on this page
                Map<String, Integer> best = best(db, term, words, batch);
                batch.removeIf(p -> best.getOrDefault(p.type() + p.id(), 0) > p.score());
            }
            kept.addAll(batch);
            batch.clear();
        } while (kept.size() < wanted && !heads.isEmpty());
        List<Row> rows = new ArrayList<>(kept.size());
        for (Posting p : kept) {
            rows.add(new Row(null, new Object[] { p.score(), p.type(), p.id() }));
        }
        return Optional.of(rows);
    }

    /** The postings after the cursor (score :cs, type :ct, id :ci) of a word whose weight counts {@code m} times. */
    private static String after(int m) {
        return " AND (" + m + " * weight < :cs OR (" + m + " * weight = :cs AND (entity_type > :ct"
                + " OR (entity_type = :ct AND entity_id > :ci))))";
    }

    /** Each object's best score over the words, looked up on the object's index; by type + id. */
    private static Map<String, Integer> best(Sql db, String term, List<String> words, List<Posting> objects) {
        Map<String, Integer> out = new HashMap<>();
        if (objects.isEmpty()) {
            return out;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("term", term);
        params.put("words", words);
        String hint = HitQueries.byObject();
        StringBuilder sql = new StringBuilder();
        for (int j = 0; j < objects.size(); j++) {
            params.put("t" + j, objects.get(j).type());
            params.put("i" + j, objects.get(j).id());
            sql.append(j == 0 ? "" : " UNION ALL ").append("SELECT entity_type, entity_id, MAX(CASE WHEN token = :term")
                    .append(" THEN 2 * weight ELSE weight END) FROM search_token").append(hint).append(" WHERE entity_type = :t")
                    .append(j).append(" AND entity_id = :i").append(j).append(" AND token IN (:words) GROUP BY entity_type, entity_id");
        }
        for (Object[] r : db.rows(sql.toString(), params)) {
            out.put(r[0].toString().trim() + ((Number) r[1]).longValue(), ((Number) r[2]).intValue());
        }
        return out;
    }

    private static Posting at(Map<String, List<Posting>> lists, List<String> words, int[] head) {
        return lists.get(words.get(head[0])).get(head[1]);
    }

    /** The word itself counts double a word it only begins (as in the general query). */
    private static int multiplier(String term, String word) {
        return word.equals(term) ? 2 : 1;
    }
}
