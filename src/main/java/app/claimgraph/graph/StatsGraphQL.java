package app.claimgraph.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import app.claimgraph.actor.Actor;
import app.claimgraph.actor.ActorFilter;
import app.claimgraph.actor.ActorKind;
import app.claimgraph.actor.ActorRepository;
import app.claimgraph.claim.ClaimFilter;
import app.claimgraph.claim.ClaimRepository;
import app.claimgraph.claim.ClaimStatus;
import app.claimgraph.claim.ClaimType;
import app.claimgraph.api.ApiError;
import app.claimgraph.db.Sql;
import app.claimgraph.paging.KeysetQuery;
import app.claimgraph.relationship.RelationshipFilter;
import app.claimgraph.relationship.RelationshipRepository;
import app.claimgraph.relationship.RelationshipStatus;
import app.claimgraph.relationship.RelationshipType;

/** Dashboard counts, computed by GROUP BY over the same filtered queries the lists page through. */
@GraphQLApi
public class StatsGraphQL {

    private static final int MAX_CONNECTED = 100;

    @Inject
    Sql db;

    @Inject
    ActorRepository actors;
    @Inject
    ClaimRepository claims;
    @Inject
    RelationshipRepository relationships;

    @Query("stats")
    @NonNull
    @Description("Counts for dashboards.")
    public Stats stats() {
        return new Stats();
    }

    @NonNull
    @Description("Actors, in total and per kind.")
    public ActorStats actors(@Source Stats stats,
            @Name("filter") @Description("The same conditions as `actors(filter:)`.") ActorFilter filter) throws ApiError {
        KeysetQuery q = actors.query(filter, null);
        Map<String, Long> byKind = q.groupCounts(db, "a.kind");
        return new ActorStats(total(byKind), counts(ActorKind.values(), byKind, ActorKindCount::new));
    }

    @NonNull
    @Description("Claims, in total, per status and per type.")
    public ClaimStats claims(@Source Stats stats,
            @Name("filter") @Description("The same conditions as `claims(filter:)`.") ClaimFilter filter) throws ApiError {
        KeysetQuery q = claims.query(filter, null, null);
        Map<String, Long> byStatus = q.groupCounts(db, "c.status");
        Map<String, Long> byType = q.groupCounts(db, "c.claim_type");
        return new ClaimStats(total(byStatus), counts(ClaimStatus.values(), byStatus, ClaimStatusCount::new),
                counts(ClaimType.values(), byType, ClaimTypeCount::new));
    }

    @NonNull
    @Description("Relationships, in total, per type and per status.")
    public RelationshipStats relationships(@Source Stats stats,
            @Name("filter") @Description("The same conditions as `relationships(filter:)`.") RelationshipFilter filter)
            throws ApiError {
        KeysetQuery q = relationships.query(filter, null);
        Map<String, Long> byType = q.groupCounts(db, "r.rel_type");
        Map<String, Long> byStatus = q.groupCounts(db, "r.status");
        return new RelationshipStats(total(byType), counts(RelationshipType.values(), byType, RelationshipTypeCount::new),
                counts(RelationshipStatus.values(), byStatus, RelationshipStatusCount::new));
    }

    @NonNull
    @Description("The actors taking part in the most relationships (as source or target), most first (ties: the actor stored first).")
    public List<ActorDegree> mostConnected(@Source Stats stats,
            @Name("first") @DefaultValue("10") @Description("How many actors (1 to 100).") int first) throws ApiError {
        if (first < 1 || first > MAX_CONNECTED) {
            throw ApiError.badArgument("first", "'first' must be between 1 and " + MAX_CONNECTED + "; it was " + first + ".");
        }
        List<Object[]> rows = db.rows(
                "SELECT e.actor_id, COUNT(*) FROM (SELECT source_id AS actor_id FROM relationship"
                        + " UNION ALL SELECT target_id FROM relationship) e GROUP BY e.actor_id"
                        + " ORDER BY COUNT(*) DESC, e.actor_id LIMIT :first", Map.of("first", first));
        Map<Long, Actor> byId = actors.actorsByIds(rows.stream().map(r -> ((Number) r[0]).longValue()).toList());
        List<ActorDegree> result = new ArrayList<>();
        for (Object[] r : rows) {
            Actor a = byId.get(((Number) r[0]).longValue());
            if (a != null) {
                result.add(new ActorDegree(a, ((Number) r[1]).intValue()));
            }
        }
        return result;
    }

    private static int total(Map<String, Long> counts) {
        return (int) counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static <E extends Enum<E>, C> List<C> counts(E[] values, Map<String, Long> counts, BiFunction<E, Integer, C> make) {
        return Arrays.stream(values).map(v -> make.apply(v, counts.getOrDefault(v.name(), 0L).intValue())).toList();
    }
}
