package app.claimgraph.actor;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import app.claimgraph.db.Sql;
import app.claimgraph.api.ApiError;
import app.claimgraph.node.GlobalId;
import app.claimgraph.paging.KeysetQuery;
import app.claimgraph.paging.PageArgs;
import app.claimgraph.paging.Pages;

@GraphQLApi
// No transaction and no Hibernate session: every read goes through db/Sql, one pooled connection per
// statement. The fields of subscription events are resolved on other threads after the request that
// opened them has ended, so nothing here may depend on that request's context.
public class ActorGraphQL {

    @Inject
    Sql db;

    @Inject
    ActorRepository actors;

    @Query("actor")
    @Description("The actor with this ID, or null if there is none.")
    public Actor actor(@NonNull @Id @Name("id") @Description("An Actor ID.") String id) throws ApiError {
        String key = GlobalId.decodeKey(id, GlobalId.ACTOR, "id");
        return actors.byKeysOrRedirects(List.of(key)).get(key);
    }

    @Query("actors")
    @NonNull
    @Description("Actors, filtered and ordered, one page at a time (default 20, at most 100 per page).")
    public ActorConnection actors(
            @Name("filter") @Description("Conditions the actors must meet.") ActorFilter filter,
            @Name("orderBy") @Description("Order of the list; by name A→Z when omitted.") ActorOrder orderBy,
            @Name("first") @Description("Page size when paging forward (0–100, default 20).") Integer first,
            @Name("after") @Description("Return the items after this cursor.") String after,
            @Name("last") @Description("Page size when paging backward (0–100).") Integer last,
            @Name("before") @Description("Return the items before this cursor.") String before) throws ApiError {
        KeysetQuery query = actors.query(filter, orderBy);
        PageArgs page = PageArgs.of(first, after, last, before, query.ordering());
        return Pages.fetch(db, query, page, ActorRepository.ROWS,
                ActorEdge::new, ActorConnection::new);
    }

    @NonNull
    @Description("Other names the reporting uses for this actor, including capitals used for governments (\"Washington\").")
    public List<@NonNull List<@NonNull String>> aliases(@Source List<Actor> actors) {
        Map<Long, List<String>> byActor = this.actors.aliases(actors.stream().map(Actor::rowId).toList());
        return actors.stream().map(a -> byActor.getOrDefault(a.rowId(), List.of())).toList();
    }

    @Description("The actor this one is part of (the Russian State Duma is part of Russia), if any.")
    public List<Actor> parent(@Source List<Actor> actors) {
        Map<Long, Actor> parents = this.actors.actorsByIds(
                actors.stream().map(Actor::parentId).filter(p -> p != null).distinct().toList());
        return actors.stream().map(a -> a.parentId() == null ? null : parents.get(a.parentId())).toList();
    }

    @NonNull
    @Description("Number of actors in the whole list, all pages together.")
    public List<Integer> totalCount(@Source List<ActorConnection> connections) {
        return Pages.totalCounts(db, connections);
    }
}
