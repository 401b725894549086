package app.claimgraph.claim;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import app.claimgraph.db.Sql;
import app.claimgraph.actor.Actor;
import app.claimgraph.actor.ActorRepository;
import app.claimgraph.document.Document;
import app.claimgraph.document.DocumentRepository;
import app.claimgraph.api.ApiError;
import app.claimgraph.api.FieldSelection;
import app.claimgraph.node.GlobalId;
import app.claimgraph.paging.KeysetQuery;
import app.claimgraph.paging.PageArgs;
import app.claimgraph.paging.Pages;
import app.claimgraph.paging.TableRows;

@GraphQLApi
// No transaction and no Hibernate session: every read goes through db/Sql, one pooled connection per
// statement. The fields of subscription events are resolved on other threads after the request that
// opened them has ended, so nothing here may depend on that request's context.
public class ClaimGraphQL {

    @Inject
    Sql db;

    @Inject
    ClaimRepository claims;

    @Inject
    ActorRepository actors;
    @Inject
    DocumentRepository documents;
    @Inject
    FieldSelection selection;

    @Query("claim")
    @Description("The claim with this ID, or null if there is none.")
    public Claim claim(@NonNull @Id @Name("id") @Description("A Claim ID.") String id) throws ApiError {
        String key = GlobalId.decodeKey(id, GlobalId.CLAIM, "id");
        return claims.claimsByKeys(List.of(key)).get(key);
    }

    @Query("claims")
    @NonNull
    @Description("Claims, filtered and ordered, one page at a time (default 20, at most 100 per page).")
    public ClaimConnection claims(
            @Name("filter") @Description("Conditions the claims must meet.") ClaimFilter filter,
            @Name("orderBy") @Description("Order of the list; reading order (DOCUMENT_ORDER) when omitted.") ClaimOrder orderBy,
            @Name("first") @Description("Page size when paging forward (0–100, default 20).") Integer first,
            @Name("after") @Description("Return the items after this cursor.") String after,
            @Name("last") @Description("Page size when paging backward (0–100).") Integer last,
            @Name("before") @Description("Return the items before this cursor.") String before) throws ApiError {
        KeysetQuery query = claims.query(filter, orderBy, null);
        PageArgs page = PageArgs.of(first, after, last, before, query.ordering());
        return Pages.fetch(db, query, page, askedRows(), ClaimEdge::new, ClaimConnection::new);
    }

    @NonNull
    @Description("Claims this actor asserts.")
    public List<@NonNull ClaimConnection> claimsMade(@Source List<Actor> actors,
            @Name("filter") @Description("Conditions the claims must meet.") ClaimFilter filter,
            @Name("orderBy") @Description("Order of the list; reading order when omitted.") ClaimOrder orderBy,
            @Name("first") @Description("Page size when paging forward (0–100, default 20).") Integer first,
            @Name("after") @Description("Return the items after this cursor.") String after,
            @Name("last") @Description("Page size when paging backward (0–100).") Integer last,
            @Name("before") @Description("Return the items before this cursor.") String before) throws ApiError {
        List<ClaimConnection> pages = nested(ClaimRepository.Parent.CLAIMANT, rowIds(actors), filter, orderBy, first,
                after, last, before);
        // the parent is every claim's claimant: `claimant` below then needs no statement for these claims
        for (int i = 0; i < pages.size(); i++) {
            Actor parent = actors.get(i);
            pages.get(i).getEdges().forEach(edge -> edge.getNode().claimantRead(parent));
        }
        return pages;
    }

    @NonNull
    @Description("Claims about this actor (it is one of their subjects).")
    public List<@NonNull ClaimConnection> claimsAbout(@Source List<Actor> actors,
            @Name("filter") @Description("Conditions the claims must meet.") ClaimFilter filter,
            @Name("orderBy") @Description("Order of the list; reading order when omitted.") ClaimOrder orderBy,
            @Name("first") @Description("Page size when paging forward (0–100, default 20).") Integer first,
            @Name("after") @Description("Return the items after this cursor.") String after,
            @Name("last") @Description("Page size when paging backward (0–100).") Integer last,
            @Name("before") @Description("Return the items before this cursor.") String before) throws ApiError {
        return nested(ClaimRepository.Parent.SUBJECT, rowIds(actors), filter, orderBy, first, after, last, before);
    }

    @NonNull
    @Description("Claims this actor relayed (it appears in their reporting chain), e.g. everything CNN reported.")
    public List<@NonNull ClaimConnection> claimsReported(@Source List<Actor> actors,
            @Name("filter") @Description("Conditions the claims must meet.") ClaimFilter filter,
            @Name("orderBy") @Description("Order of the list; reading order when omitted.") ClaimOrder orderBy,
            @Name("first") @Description("Page size when paging forward (0–100, default 20).") Integer first,
            @Name("after") @Description("Return the items after this cursor.") String after,
            @Name("last") @Description("Page size when paging backward (0–100).") Integer last,
            @Name("before") @Description("Return the items before this cursor.") String before) throws ApiError {
        return nested(ClaimRepository.Parent.REPORTER, rowIds(actors), filter, orderBy, first, after, last, before);
    }

    @NonNull
    @Description("The claims found in this document.")
    @Name("claims")
    public List<@NonNull ClaimConnection> documentClaims(@Source List<Document> documents,
            @Name("filter") @Description("Conditions the claims must meet.") ClaimFilter filter,
            @Name("orderBy") @Description("Order of the list; reading order when omitted.") ClaimOrder orderBy,
            @Name("first") @Description("Page size when paging forward (0–100, default 20).") Integer first,
            @Name("after") @Description("Return the items after this cursor.") String after,
            @Name("last") @Description("Page size when paging backward (0–100).") Integer last,
            @Name("before") @Description("Return the items before this cursor.") String before) throws ApiError {
        return nested(ClaimRepository.Parent.DOCUMENT, documents.stream().map(Document::rowId).toList(), filter,
                orderBy, first, after, last, before);
    }

    private List<ClaimConnection> nested(ClaimRepository.Parent parent, List<Long> parentIds, ClaimFilter filter,
            ClaimOrder orderBy, Integer first, String after, Integer last, String before) throws ApiError {
        KeysetQuery query = claims.query(filter, orderBy, parent);
        PageArgs page = PageArgs.of(first, after, last, before, query.ordering());
        return Pages.fetchNested(db, query, page, parentIds, askedRows(), ClaimEdge::new, ClaimConnection::new);
    }

    /** The claim columns a page needs: a field asked under `nodes` or `edges { node }` (any alias) has its column read. */
    private TableRows<Claim> askedRows() {
        Set<String> asked = selection.namesUnder("nodes", "edges/node");
        return ClaimRows.rows(asked == null ? field -> true : asked::contains);
    }

    private static List<Long> rowIds(List<Actor> actors) {
        return actors.stream().map(Actor::rowId).toList();
    }

    @Description("Who asserts the claim; null only when the text attributes it to nobody (the report's own voice).")
    public List<Actor> claimant(@Source List<Claim> claims) {
        List<Long> unread = claims.stream().filter(c -> c.claimantId() != null && c.knownClaimant() == null)
                .map(Claim::claimantId).distinct().toList();
        Map<Long, Actor> byId = unread.isEmpty() ? Map.of() : actors.actorsByIds(unread);
        return claims.stream().map(c -> c.knownClaimant() != null ? c.knownClaimant()
                : c.claimantId() == null ? null : byId.get(c.claimantId())).toList();
    }

    @NonNull
    @Description("Who relayed the claim, outermost first: [CNN] for \"according to CNN\"; [CNN, Anonymous sources] for \"CNN, citing anonymous sources\". Empty when the claimant spoke directly.")
    public List<@NonNull List<@NonNull Actor>> reportedBy(@Source List<Claim> claims) {
        return linked("claim_reporter", claims);
    }

    @NonNull
    @Description("The actors the claim is about.")
    public List<@NonNull List<@NonNull Actor>> subjects(@Source List<Claim> claims) {
        return linked("claim_subject", claims);
    }

    private List<List<Actor>> linked(String table, List<Claim> claims) {
        Map<Long, List<Actor>> links = this.claims.linkedActorRows(table, claims.stream().map(Claim::rowId).toList());
        return claims.stream().map(c -> links.getOrDefault(c.rowId(), List.of())).toList();
    }

    @NonNull
    @Description("The exact spans of the document's text that support the claim.")
    public List<@NonNull List<@NonNull TextSpan>> evidence(@Source List<Claim> claims) {
        Map<Long, List<TextSpan>> spans = this.claims.evidence(claims.stream().map(Claim::rowId).toList());
        return claims.stream().map(c -> spans.getOrDefault(c.rowId(), List.of())).toList();
    }

    @NonNull
    @Description("Claims this one disputes (or declines to confirm).")
    public List<@NonNull List<@NonNull Claim>> contradicts(@Source List<Claim> claims) {
        return linkedClaims(claims, ClaimLinkType.CONTRADICTS, false);
    }

    @NonNull
    @Description("Claims that dispute this one (or decline to confirm it).")
    public List<@NonNull List<@NonNull Claim>> contradictedBy(@Source List<Claim> claims) {
        return linkedClaims(claims, ClaimLinkType.CONTRADICTS, true);
    }

    @NonNull
    @Description("Claims this one supports.")
    public List<@NonNull List<@NonNull Claim>> corroborates(@Source List<Claim> claims) {
        return linkedClaims(claims, ClaimLinkType.CORROBORATES, false);
    }

    @NonNull
    @Description("Claims that support this one.")
    public List<@NonNull List<@NonNull Claim>> corroboratedBy(@Source List<Claim> claims) {
        return linkedClaims(claims, ClaimLinkType.CORROBORATES, true);
    }

    private List<List<Claim>> linkedClaims(List<Claim> of, ClaimLinkType type, boolean incoming) {
        Map<Long, List<Long>> links = claims.links(of.stream().map(Claim::rowId).toList(), type, incoming);
        Set<Long> ids = new HashSet<>();
        links.values().forEach(ids::addAll);
        Map<Long, Claim> byId = claims.claimsByIds(ids);
        return of.stream().map(c -> links.getOrDefault(c.rowId(), List.of()).stream().map(byId::get)
                .filter(x -> x != null).toList()).toList();
    }

    @NonNull
    @Description("Number of claims in the whole list, all pages together.")
    public List<Integer> totalCount(@Source List<ClaimConnection> connections) {
        return Pages.totalCounts(db, connections);
    }

    @NonNull
    @Description("The document the claim appears in.")
    public List<@NonNull Document> document(@Source List<Claim> claims) {
        Map<Long, Document> byId = documents.documentsByIds(claims.stream().map(Claim::documentId).distinct().toList());
        return claims.stream().map(c -> byId.get(c.documentId())).toList();
    }
}
