package app.claimgraph.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;


import app.claimgraph.api.ApiError;
import app.claimgraph.db.Dialect;
import app.claimgraph.db.Sql;
import app.claimgraph.paging.KeysetQuery;
import app.claimgraph.paging.Ordering;
import app.claimgraph.paging.SortColumn;
import app.claimgraph.paging.SortColumn.ValueType;
import app.claimgraph.paging.SqlFilter;

/**
 * The SQL of a search as rows (score, type, id), chosen by how many postings its words have.
 * <ul>
 * <li>When one word has at most {@code claimgraph.search.driver-max-postings} postings (default 20,000), the hits are its objects: the
 * other words are looked up for each of them on the primary key (token, type, id). "maduro sanctions"
 * reads the few postings of "maduro", not the 330,000 of "sanctions" at 1M claims.</li>
 * <li>Otherwise every word is common: the general query scores every object that contains each word
 * (seconds at 1M claims, and tens of MB of the engine's memory per query). Such <em>broad</em> queries
 * run one at a time per instance: eight at once closed the H2 store under a 256 MB heap.</li>
 * </ul>
 * A last word of {@link SearchGraphQL#PREFIX_MIN} letters or more also matches the words it begins; a
 * word itself counts double a word it only begins; an object must match every word; its score is the
 * sum over the words of its best-weighted match.
 */
final class HitQueries {

    /** How long a broad query waits for the one running before it is refused. */
    static final long BROAD_WAIT_SECONDS = 20;

    private static final Semaphore BROAD = new Semaphore(1, true);

    /** Best first; ties by type, then id. */
    static final Ordering ORDER = new Ordering("search", List.of(new SortColumn("h.score", ValueType.INT, true),
            new SortColumn("h.entity_type", ValueType.STRING, false), new SortColumn("h.entity_id", ValueType.LONG, false)));

    /** The query of a search and whether it is broad (every word common). */
    record Plan(KeysetQuery query, boolean broad) {
    }

    private HitQueries() {
    }

    /** {@code driverMax}: a word with at most this many postings drives the query (counting stops past it). */
    static Plan plan(Sql db, List<String> terms, List<String> typeCodes, int driverMax) {
        return plan(db, new Typed(terms, null), typeCodes, driverMax);
    }

    /** As above, with the postings {@link #typed} already counted for these words, if it did. */
    static Plan plan(Sql db, Typed typed, List<String> typeCodes, int driverMax) {
        List<String> terms = typed.terms();
        List<Long> postings = typed.postings() != null ? typed.postings() : postings(db, terms, driverMax);
        int driver = 0;
        for (int i = 1; i < terms.size(); i++) {
            if (postings.get(i) < postings.get(driver)) {
                driver = i;
            }
        }
        if (postings.get(driver) > driverMax) {
            return new Plan(general(terms, typeCodes), true);
        }
        if (terms.size() == 1) {
            return new Plan(general(terms, typeCodes), false);
        }
        List<List<String>> words = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            // a prefix beginning more than MAX_WORDS words ("t") is a range of each candidate's own words instead
            List<String> w = i == driver ? null : prefix(terms, i) ? TopHits.words(db, terms.get(i)) : List.of(terms.get(i));
            words.add(w != null && w.size() > TopHits.MAX_WORDS ? null : w);
        }
        return new Plan(driven(terms, driver, words, typeCodes), false);
    }

    /** Runs {@code work} (a broad query's SQL) when no other broad query runs on this instance. */
    static <T> T broad(Supplier<T> work) throws ApiError {
        try {
            if (!BROAD.tryAcquire(BROAD_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw ApiError.of("SEARCH_TOO_BROAD", "Every word of this search is common, and other such searches are"
                        + " running: add a rarer word, or try again later.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiError.of("SEARCH_TOO_BROAD", "The search was interrupted while it waited; try again.");
        }
        try {
            return work.get();
        } finally {
            BROAD.release();
        }
    }

    /**
     * The index hint for statements that look an object's words up ({@code entity_type = ? AND entity_id = ?
     * AND token IN (...)}). H2 takes search_token_rank_ix for them (it holds every column, but its second
     * is weight) and reads all the postings of each word for every object: 10 s for 133 objects of
     * "sanctions 1234" at 1M claims, 28 ms on the object's own index. PostgreSQL takes the primary key itself.
     */
    static String byObject() {
        return Dialect.h2() ? " USE INDEX (search_token_entity_ix)" : "";
    }

    /**
     * The words to search for. A one-letter last word after others is the start of a word being typed: it is
     * kept (as a prefix, checked on each candidate) when another word is rare enough to lead the search, and
     * left out otherwise, until a second letter is typed: checking "t" against a common word's every object is
     * a broad search (seconds at 100,000 claims) for a guess the next keystroke replaces.
     */
    static Typed typed(Sql db, List<String> terms, int driverMax) {
        int last = terms.size() - 1;
        if (last < 1 || terms.get(last).length() >= SearchGraphQL.PREFIX_MIN) {
            return new Typed(terms, null);
        }
        List<Long> postings = postings(db, terms, driverMax);
        boolean leads = postings.subList(0, last).stream().anyMatch(n -> n <= driverMax);
        return leads ? new Typed(terms, postings) : new Typed(List.copyOf(terms.subList(0, last)), null);
    }

    /** The words to search for, and their postings when {@link #typed} had to count them (else null). */
    record Typed(List<String> terms, List<Long> postings) {
    }

    /**
     * Whether word {@code i} also matches the words it begins: the last one, when it is long enough or follows
     * other words ("drug t" finds "drug trafficking" as it is typed; a lone "t" matches only the word "t").
     */
    static boolean prefix(List<String> terms, int i) {
        return i == terms.size() - 1 && (terms.get(i).length() >= SearchGraphQL.PREFIX_MIN || terms.size() > 1);
    }

    /** Postings of each word, counted up to one past {@code driverMax} (index range scans). */
    private static List<Long> postings(Sql db, List<String> terms, int driverMax) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("cap", driverMax + 1);
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            params.put("t" + i, terms.get(i));
            params.put("h" + i, terms.get(i) + "\uffff");
            String match = prefix(terms, i) ? "token >= :t" + i + " AND token < :h" + i : "token = :t" + i;
            sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT ").append(i).append(", COUNT(*) FROM (SELECT 1 AS one")
                    .append(" FROM search_token WHERE ").append(match).append(" ORDER BY token LIMIT :cap) p").append(i);
        }
        Long[] counts = new Long[terms.size()];
        for (Object[] r : db.rows(sql.toString(), params)) {
            counts[((Number) r[0]).intValue()] = ((Number) r[1]).longValue();
        }
        return List.of(counts);
    }

    /** The best weight of a word's match, as the general query and {@link TopHits} count it. */
    private static String weight(String alias, String exact, boolean prefix) {
        return prefix ? "MAX(CASE WHEN " + alias + ".token = " + exact + " THEN 2 * " + alias + ".weight ELSE " + alias
                + ".weight END)" : "MAX(2 * " + alias + ".weight)";
    }

    private static String typeCond(String alias, SqlFilter params, List<String> typeCodes) {
        return typeCodes == null ? "" : " AND " + alias + ".entity_type IN (" + params.bind(typeCodes) + ")";
    }


    /**
     * Every object of the driver word, with each other word's best weight looked up on the primary key (its
     * words listed), or for a prefix of more than {@link TopHits#MAX_WORDS} words as a range of the object's
     * own words; an object missing a word is dropped.
     */
    private static KeysetQuery driven(List<String> terms, int driver, List<List<String>> words, List<String> typeCodes) {
        SqlFilter params = new SqlFilter();
        String exact = params.bind(terms.get(driver));
        boolean driverPrefix = prefix(terms, driver);
        String match = driverPrefix ? "st.token >= " + exact + " AND st.token < " + params.bind(terms.get(driver) + "\uffff")
                : "st.token = " + exact;
        String hint = byObject();
        StringBuilder others = new StringBuilder();
        StringBuilder sum = new StringBuilder("x.w");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            if (i == driver) {
                continue;
            }
            String e = params.bind(terms.get(i));
            String its = words.get(i) == null ? "s.token >= " + e + " AND s.token < " + params.bind(terms.get(i) + "\uffff")
                    : "s.token IN (" + params.bind(words.get(i)) + ")";
            others.append(", (SELECT ").append(weight("s", e, prefix(terms, i))).append(" FROM search_token s").append(hint)
                    .append(" WHERE ").append(its).append(" AND s.entity_type = d.et AND s.entity_id = d.eid) AS s").append(i);
            sum.append(" + x.s").append(i);
            all.append(" AND x.s").append(i).append(" IS NOT NULL");
        }
        String d = "SELECT st.entity_type AS et, st.entity_id AS eid, " + weight("st", exact, driverPrefix) + " AS w"
                + " FROM search_token st WHERE " + match + typeCond("st", params, typeCodes) + " GROUP BY st.entity_type, st.entity_id";
        String from = "(SELECT x.et AS entity_type, x.eid AS entity_id, CAST(" + sum + " AS INT) AS score FROM (SELECT d.et, d.eid, d.w"
                + others + " FROM (" + d + ") d) x WHERE 1 = 1" + all + ") h";
        return new KeysetQuery(from, null, params, ORDER);
    }

    /**
     * Hits as rows (score, type, id): for each query word, the best weight per object among the
     * words that equal it (or begin with it, for the last word); an object must match every word.
     */
    static KeysetQuery general(List<String> terms, List<String> typeCodes) {
        SqlFilter params = new SqlFilter();
        StringBuilder perTerm = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            boolean prefix = prefix(terms, i);
            String exact = params.bind(term);
            // a prefix is a range of the token index ("sanc" <= token < "sanc\uffff"), which both
            // engines answer from the index with a bound parameter (LIKE with a parameter may scan)
            String match = prefix ? "st.token >= " + exact + " AND st.token < " + params.bind(term + "\uffff")
                    : "st.token = " + exact;
            perTerm.append(i == 0 ? "" : " UNION ALL ").append("SELECT st.entity_type AS et, st.entity_id AS eid, ")
                    .append(weight("st", exact, prefix)).append(" AS w FROM search_token st WHERE ").append(match)
                    .append(typeCond("st", params, typeCodes)).append(" GROUP BY st.entity_type, st.entity_id");
        }
        String from = "(SELECT m.et AS entity_type, m.eid AS entity_id, CAST(SUM(m.w) AS INT) AS score FROM ("
                + perTerm + ") m GROUP BY m.et, m.eid HAVING COUNT(*) = " + terms.size() + ") h";
        return new KeysetQuery(from, null, params, ORDER);
    }
}
