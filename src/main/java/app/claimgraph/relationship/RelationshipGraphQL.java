package app.claimgraph.relationship;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
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
import app.claimgraph.claim.Claim;
import app.claimgraph.claim.ClaimRepository;
import app.claimgraph.api.ApiError;
import app.claimgraph.api.FieldSelection;
import app.claimgraph.node.GlobalId;
import app.claimgraph.paging.KeysetQuery;
import app.claimgraph.paging.PageArgs;
import app.claimgraph.paging.Pages;

@GraphQLApi
// No transaction and no Hibernate session: every read goes through db/Sql, one pooled connection per
// statement. The fields of subscription events are resolved on other threads after the request that
// opened them has ended, so nothing here may depend on that request's context.
public class RelationshipGraphQL {

    @Inject
    Sql db;

    @Inject
    RelationshipRepository relationships;

    @Inject
    FieldSelection selection;

    @Inject
    ActorRepository actors;

    @Inject
    ClaimRepository claims;

    @Query("relationship")
    @Description("The relationship with this ID, or null if there is none.")
    public Relationship relationship(@NonNull @Id @Name("id") @Description("A Relationship ID.") String id)
            throws ApiError {
        String key = GlobalId.decodeKey(id, GlobalId.RELATIONSHIP, "id");
        return relationships.relationshipsByKeys(List.of(key)).get(key);
    }

    @Query("relationships")
    @NonNull
    @Description("Relationships, filtered and ordered, one page at a time (default 20, at most 100 per page).")
    public RelationshipConnection relationships(
            @Name("filter") @Description("Conditions the relationships must meet.") RelationshipFilter filter,
            @Name("orderBy") @Description("Order of the list; by type when omitted.") RelationshipOrder orderBy,
            @Name("first") @Description("Page size when paging forward (0–100, default 20).") Integer first,
            @Name("after") @Description("Return the items after this cursor.") String after,
            @Name("last") @Description("Page size when paging backward (0–100).") Integer last,
            @Name("before") @Description("Return the items before this cursor.") String before) throws ApiError {
        KeysetQuery query = relationships.query(filter, orderBy);
        PageArgs page = PageArgs.of(first, after, last, before, query.ordering());
        return Pages.fetch(db, query, page, relationships::relationshipsByIds,
                RelationshipEdge::new, RelationshipConnection::new);
    }

    @NonNull
    @Description("This actor's relationships: its stances toward others (OUTGOING), others' toward it (INCOMING), or both.")
    @Name("relationships")
    public List<@NonNull RelationshipConnection> actorRelationships(@Source List<Actor> owners,
            @Name("direction") @DefaultValue("ANY") @Description("Which end this actor must be.") RelationshipDirection direction,
            @Name("types") @Description("Only these types.") List<RelationshipType> types,
            @Name("statuses") @Description("Only these statuses.") List<RelationshipStatus> statuses,
            @Name("orderBy") @Description("Order of the list; by type when omitted.") RelationshipOrder orderBy,
            @Name("first") @Description("Page size when paging forward (0–100, default 20).") Integer first,
            @Name("after") @Description("Return the items after this cursor.") String after,
            @Name("last") @Description("Page size when paging backward (0–100).") Integer last,
            @Name("before") @Description("Return the items before this cursor.") String before) throws ApiError {
        KeysetQuery query = relationships.ofActors(direction, types, statuses, orderBy);
        PageArgs page = PageArgs.of(first, after, last, before, query.ordering());
        return Pages.fetchNested(db, query, page,
                owners.stream().map(Actor::rowId).toList(), relationships::relationshipsByIds,
                RelationshipEdge::new, RelationshipConnection::new);
    }

    @NonNull
    @Description("The actor the relationship goes from.")
    public List<@NonNull Actor> source(@Source List<Relationship> rels) {
        return ends(rels, Relationship::sourceId, Relationship::knownSource);
    }

    @NonNull
    @Description("The actor the relationship goes to.")
    public List<@NonNull Actor> target(@Source List<Relationship> rels) {
        return ends(rels, Relationship::targetId, Relationship::knownTarget);
    }

    /** One end of each relationship: the row read with it, or else one statement for all the ends not read. */
    private List<Actor> ends(List<Relationship> rels, ToLongFunction<Relationship> id, Function<Relationship, Actor> known) {
        List<Long> unread = rels.stream().filter(r -> known.apply(r) == null).map(id::applyAsLong).distinct().toList();
        Map<Long, Actor> byId = unread.isEmpty() ? Map.of() : actors.actorsByIds(unread);
        return rels.stream().map(r -> known.apply(r) != null ? known.apply(r) : byId.get(id.applyAsLong(r))).toList();
    }

    @NonNull
    @Description("The claims that support this relationship (at least one).")
    public List<@NonNull List<@NonNull Claim>> evidence(@Source List<Relationship> rels) {
        Map<Long, List<Long>> links = claims.evidenceOfRelationships(rels.stream().map(Relationship::rowId).toList());
        Set<Long> claimIds = new HashSet<>();
        links.values().forEach(claimIds::addAll);
        Map<Long, Claim> byId = claims.claimsByIds(claimIds);
        return rels.stream().map(r -> links.getOrDefault(r.rowId(), List.of()).stream().map(byId::get)
                .filter(c -> c != null).toList()).toList();
    }

    @NonNull
    @Description("The relationships this claim is evidence for.")
    @Name("relationships")
    public List<@NonNull List<@NonNull Relationship>> claimRelationships(@Source List<Claim> claims) {
        Map<Long, List<Relationship>> links = relationships.supportedRelationships(claims.stream().map(Claim::rowId).toList(),
                selection.mayAsk("source"), selection.mayAsk("target"));
        return claims.stream().map(c -> links.getOrDefault(c.rowId(), List.of())).toList();
    }

    @NonNull
    @Description("Number of relationships in the whole list, all pages together.")
    public List<Integer> totalCount(@Source List<RelationshipConnection> connections) {
        return Pages.totalCounts(db, connections);
    }
}
