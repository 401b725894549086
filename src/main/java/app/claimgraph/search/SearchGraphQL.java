package app.claimgraph.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import app.claimgraph.db.Sql;
import app.claimgraph.actor.Actor;
import app.claimgraph.actor.ActorRepository;
import app.claimgraph.claim.Claim;
import app.claimgraph.claim.ClaimRepository;
import app.claimgraph.document.Document;
import app.claimgraph.document.DocumentRepository;
import app.claimgraph.api.ApiError;
import app.claimgraph.paging.KeysetQuery;
import app.claimgraph.paging.KeysetQuery.Row;
import app.claimgraph.paging.PageArgs;
import app.claimgraph.paging.Pages;
import app.claimgraph.paging.SortColumn;

@GraphQLApi
public class SearchGraphQL {

    static final int MAX_TERMS = 8;
    /** A last word this long or longer also matches words it begins (type-ahead). */
    static final int PREFIX_MIN = 2;

    @Inject
    Sql db;
    /** A word with at most this many postings drives a search (see HitQueries); 0 makes every search broad. */
    @ConfigProperty(name = "claimgraph.search.driver-max-postings", defaultValue = "20000")
    int driverMaxPostings;
    @Inject
    ActorRepository actors;
    @Inject
    ClaimRepository claims;
    @Inject
    DocumentRepository documents;

    @Query("search")
    @NonNull
    @Description("Finds actors (name, aliases), claims (text, quote) and documents (title, text) containing every word of the query, ignoring case and accents; the last word also matches as a prefix, for type-ahead (\"Madu\" finds Maduro; a one-letter last word after others does where another word is rare enough to lead the search, and is left out until a second letter otherwise). Best matches first.")
    public SearchConnection search(
            @NonNull @Name("query") @Description("Words to find, e.g. \"intelligence sharing\" or \"nicolas madu\".") String query,
            @Name("types") @Description("Only these kinds of objects (all when omitted).") List<SearchType> types,
            @Name("first") @Description("Page size when paging forward (0–100, default 20).") Integer first,
            @Name("after") @Description("Return the hits after this cursor.") String after,
            @Name("last") @Description("Page size when paging backward (0–100).") Integer last,
            @Name("before") @Description("Return the hits before this cursor.") String before) throws ApiError {
        List<String> words = Tokens.of(query);
        if (words.isEmpty()) {
            throw ApiError.badArgument("query", "Argument 'query' has no word to search for: give at least one letter or digit.");
        }
        if (words.size() > MAX_TERMS) {
            throw ApiError.badArgument("query", "Argument 'query' has " + words.size() + " words; use at most " + MAX_TERMS + ".");
        }
        List<String> codes = typeCodes(types);
        HitQueries.Typed typed = HitQueries.typed(db, words, driverMaxPostings);
        List<String> terms = typed.terms();
        PageArgs page = PageArgs.of(first, after, last, before, HitQueries.ORDER);
        Optional<List<Row>> top = terms.size() == 1
                ? TopHits.page(db, terms.get(0), HitQueries.prefix(terms, 0), codes, page)
                : Optional.empty();
        // planned here only when the rows need it; totalCount plans (once) otherwise
        HitQueries.Plan plan = top.isPresent() ? null : HitQueries.plan(db, typed, codes, driverMaxPostings);
        List<Row> rows = top.isPresent() ? top.get() : run(plan, q -> q.page(db, page));
        Map<Row, SearchHit> hits = load(rows, terms);
        // the connection's query serves the cursors' ordering (the same for every plan)
        KeysetQuery keysets = plan != null ? plan.query() : HitQueries.general(terms, codes);
        return Pages.<SearchHit, SearchEdge, SearchConnection>assembleRows(rows, page, keysets, null, hits::get, SearchEdge::new,
                (edges, info, keyset, parent) -> new SearchConnection(edges, info, keyset, parent, terms, codes, plan));
    }

    /** Runs {@code sql} on the plan's query; a broad plan's waits for its turn (HitQueries.broad). */
    private static <T> T run(HitQueries.Plan plan, java.util.function.Function<KeysetQuery, T> sql) throws ApiError {
        return plan.broad() ? HitQueries.broad(() -> sql.apply(plan.query())) : sql.apply(plan.query());
    }

    @NonNull
    @Description("Number of hits, all pages together.")
    public List<Integer> totalCount(@Source List<SearchConnection> connections) throws ApiError {
        List<Integer> counts = new ArrayList<>(connections.size());
        for (SearchConnection c : connections) {
            HitQueries.Plan plan = c.plan != null ? c.plan : HitQueries.plan(db, c.terms, c.codes, driverMaxPostings);
            counts.add((int) (long) run(plan, q -> q.count(db)));
        }
        return counts;
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
