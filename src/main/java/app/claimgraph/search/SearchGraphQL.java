package app.claimgraph.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import app.claimgraph.actor.Actor;
import app.claimgraph.actor.ActorRepository;
import app.claimgraph.claim.Claim;
import app.claimgraph.claim.ClaimRepository;
import app.claimgraph.document.Document;
import app.claimgraph.document.DocumentRepository;
import app.claimgraph.api.ApiError;
import app.claimgraph.paging.KeysetQuery;
import app.claimgraph.paging.KeysetQuery.Row;
import app.claimgraph.paging.Ordering;
import app.claimgraph.paging.PageArgs;
import app.claimgraph.paging.Pages;
import app.claimgraph.paging.SortColumn;
import app.claimgraph.paging.SortColumn.ValueType;
import app.claimgraph.paging.SqlFilter;

@GraphQLApi
public class SearchGraphQL {

    static final int MAX_TERMS = 8;
    /** A last word this long or longer also matches words it begins (type-ahead). */
    static final int PREFIX_MIN = 2;

    @Inject
    EntityManager em;
    @Inject
    ActorRepository actors;
    @Inject
    ClaimRepository claims;
    @Inject
    DocumentRepository documents;

    @Query("search")
    @NonNull
    @Description("Finds actors (name, aliases), claims (text, quote) and documents (title, text) containing every word of the query, ignoring case and accents; the last word also matches as a prefix, for type-ahead (\"Madu\" finds Maduro). Best matches first.")
    public SearchConnection search(
            @NonNull @Name("query") @Description("Words to find, e.g. \"intelligence sharing\" or \"nicolas madu\".") String query,
            @Name("types") @Description("Only these kinds of objects (all when omitted).") List<SearchType> types,
            @Name("first") @Description("Page size when paging forward (0–100, default 20).") Integer first,
            @Name("after") @Description("Return the hits after this cursor.") String after,
            @Name("last") @Description("Page size when paging backward (0–100).") Integer last,
            @Name("before") @Description("Return the hits before this cursor.") String before) throws ApiError {
        List<String> terms = Tokens.of(query);
        if (terms.isEmpty()) {
            throw ApiError.badArgument("query", "Argument 'query' has no word to search for: give at least one letter or digit.");
        }
        if (terms.size() > MAX_TERMS) {
            throw ApiError.badArgument("query", "Argument 'query' has " + terms.size() + " words; use at most " + MAX_TERMS + ".");
        }
        KeysetQuery q = hitsQuery(terms, types);
        PageArgs page = PageArgs.of(first, after, last, before, q.ordering());
        String only = terms.get(0);
        List<Row> rows = terms.size() == 1
                ? TopHits.page(em, only, only.length() >= PREFIX_MIN, typeCodes(types), page).orElseGet(() -> q.page(em, page))
                : q.page(em, page);
        Map<Row, SearchHit> hits = load(rows, terms);
        return Pages.assembleRows(rows, page, q, null, hits::get, SearchEdge::new, SearchConnection::new);
    }

    @NonNull
    @Description("Number of hits, all pages together.")
    public List<Integer> totalCount(@Source List<SearchConnection> connections) {
        return Pages.totalCounts(em, connections);
    }

    /**
     * Hits as rows (score, type, id): for each query word, the best weight per object among the
     * words that equal it (or begin with it, for the last word); an object must match every word.
     */
    static KeysetQuery hitsQuery(List<String> terms, List<SearchType> types) {
        SqlFilter params = new SqlFilter();
        String typeCond = "";
        List<String> codes = typeCodes(types);
        if (codes != null) {
            typeCond = " AND st.entity_type IN (" + params.bind(codes) + ")";
        }
        StringBuilder perTerm = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            boolean prefix = i == terms.size() - 1 && term.length() >= PREFIX_MIN;
            String exact = params.bind(term);
            // a prefix is a range of the token index ("sanc" <= token < "sanc\uffff"), which both
            // engines answer from the index with a bound parameter (LIKE with a parameter may scan)
            String match = prefix
                    ? "st.token >= " + exact + " AND st.token < " + params.bind(term + "\uffff")
                    : "st.token = " + exact;
            // an exact word counts double a word it only begins
            String weight = prefix ? "MAX(CASE WHEN st.token = " + exact + " THEN 2 * st.weight ELSE st.weight END)"
                    : "MAX(2 * st.weight)";
            perTerm.append(i == 0 ? "" : " UNION ALL ").append("SELECT st.entity_type AS et, st.entity_id AS eid, ")
                    .append(weight).append(" AS w FROM search_token st WHERE ").append(match).append(typeCond)
                    .append(" GROUP BY st.entity_type, st.entity_id");
        }
        String from = "(SELECT m.et AS entity_type, m.eid AS entity_id, CAST(SUM(m.w) AS INT) AS score FROM ("
                + perTerm + ") m GROUP BY m.et, m.eid HAVING COUNT(*) = " + terms.size() + ") h";
        Ordering order = new Ordering("search", List.of(new SortColumn("h.score", ValueType.INT, true),
                new SortColumn("h.entity_type", ValueType.STRING, false),
                new SortColumn("h.entity_id", ValueType.LONG, false)));
        return new KeysetQuery(from, null, params, order);
    }

    /** The codes of {@code types} in search_token.entity_type; null for all types. */
    private static List<String> typeCodes(List<SearchType> types) {
        if (types == null || types.isEmpty()) {
            return null;
        }
        return types.stream().filter(t -> t != null).map(t -> String.valueOf(t.code)).distinct().toList();
    }

    /** The hit objects of a page, in one query per kind. */
    private Map<Row, SearchHit> load(List<Row> rows, List<String> terms) {
        Map<SearchType, List<Long>> ids = new HashMap<>();
        for (Row r : rows) {
            ids.computeIfAbsent(SearchType.of((String) r.values()[1]), t -> new ArrayList<>()).add(r.id());
        }
        Map<Row, SearchHit> hits = new java.util.IdentityHashMap<>();
        Map<Long, Actor> a = actors.actorsByIds(ids.getOrDefault(SearchType.ACTOR, List.of()));
        Map<Long, List<String>> aliases = actors.aliases(a.keySet());
        Map<Long, Claim> c = claims.claimsByIds(ids.getOrDefault(SearchType.CLAIM, List.of()));
        Map<Long, Document> d = documents.documentsByIds(ids.getOrDefault(SearchType.DOCUMENT, List.of()));
        for (Row r : rows) {
            SearchType type = SearchType.of((String) r.values()[1]);
            int score = ((Number) r.values()[0]).intValue();
            long id = r.id();
            SearchHit hit = switch (type) {
                case ACTOR -> a.containsKey(id) ? new SearchHit(a.get(id), type, score,
                        Snippets.actor(a.get(id).getName(), aliases.getOrDefault(id, List.of()), terms)) : null;
                case CLAIM -> c.containsKey(id) ? new SearchHit(c.get(id), type, score,
                        Snippets.claim(c.get(id).getText(), c.get(id).getQuote(), terms)) : null;
                case DOCUMENT -> d.containsKey(id) ? new SearchHit(d.get(id), type, score,
                        Snippets.document(d.get(id).getTitle(), d.get(id).getText(), terms)) : null;
            };
            if (hit != null) {
                hits.put(r, hit);
            }
        }
        return hits;
    }
}
