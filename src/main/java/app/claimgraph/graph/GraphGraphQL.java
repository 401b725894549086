package app.claimgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import app.claimgraph.actor.Actor;
import app.claimgraph.actor.ActorEntity;
import app.claimgraph.actor.ActorRepository;
import app.claimgraph.api.ApiError;
import app.claimgraph.node.GlobalId;
import app.claimgraph.relationship.Relationship;
import app.claimgraph.relationship.RelationshipDirection;
import app.claimgraph.relationship.RelationshipRepository;
import app.claimgraph.relationship.RelationshipStatus;
import app.claimgraph.relationship.RelationshipType;

/** Graph-shaped reads: neighbourhoods, shortest paths, relationship summaries. */
@GraphQLApi
public class GraphGraphQL {

    static final int MAX_NEIGHBOURS = 500;
    static final int MAX_PATHS = 10;

    @Inject
    GraphRepository graph;
    @Inject
    ActorRepository actors;
    @Inject
    RelationshipRepository relationships;

    @NonNull
    @Description("The actors within `depth` hops of this one (following relationships either way) and the relationships between them, for drawing a network.")
    public List<@NonNull Neighbourhood> neighbourhood(@Source List<Actor> centres,
            @Name("depth") @DefaultValue("1") @Description("Hops, 1 to 4.") int depth,
            @Name("types") @Description("Follow only relationships of these types.") List<RelationshipType> types,
            @Name("statuses") @Description("Follow only relationships with these statuses.") List<RelationshipStatus> statuses,
            @Name("first") @DefaultValue("100") @Description("Most actors to return, the centre included (1 to 500); the nearest, then the most tied, are kept.") int first)
            throws ApiError {
        checkDepth("depth", depth);
        if (first < 1 || first > MAX_NEIGHBOURS) {
            throw ApiError.badArgument("first", "Argument 'first' must be between 1 and " + MAX_NEIGHBOURS + " (got " + first + ").");
        }
        EdgeFilter filter = new EdgeFilter(nonNull(types), nonNull(statuses));
        List<Long> roots = centres.stream().map(Actor::rowId).distinct().toList();
        Map<Long, List<Reached>> byRoot = new LinkedHashMap<>();
        for (Reached r : graph.reach(roots, depth, filter, first)) {
            byRoot.computeIfAbsent(r.root(), k -> new ArrayList<>()).add(r);
        }
        Map<Long, Map<Long, Integer>> kept = new HashMap<>();
        Map<Long, Integer> inReach = new HashMap<>();
        Set<Long> allActors = new HashSet<>();
        for (Map.Entry<Long, List<Reached>> e : byRoot.entrySet()) {
            List<Reached> reached = e.getValue();
            Map<Long, Integer> keep = new LinkedHashMap<>();
            for (Reached r : reached.subList(0, Math.min(first, reached.size()))) {
                keep.put(r.actor(), r.depth());
            }
            kept.put(e.getKey(), keep);
            inReach.put(e.getKey(), reached.size());
            allActors.addAll(keep.keySet());
        }
        List<long[]> edges = graph.edgesAmong(allActors, filter);
        Set<Long> relIds = new HashSet<>();
        edges.forEach(e -> relIds.add(e[0]));
        Map<Long, Relationship> rels = relationships.relationshipsByIds(relIds);
        Map<Long, Actor> actorById = actors.actorsByIds(allActors);
        List<Neighbourhood> out = new ArrayList<>();
        for (Actor centre : centres) {
            Map<Long, Integer> keep = kept.getOrDefault(centre.rowId(), Map.of());
            List<Actor> list = new ArrayList<>();
            List<Integer> distances = new ArrayList<>();
            keep.forEach((id, d) -> {
                if (actorById.containsKey(id)) {
                    list.add(actorById.get(id));
                    distances.add(d);
                }
            });
            List<Relationship> within = new ArrayList<>();
            for (long[] e : edges) {
                Integer ds = keep.get(e[1]);
                Integer dt = keep.get(e[2]);
                // an edge between two actors at the outer rim is one hop too far
                if (ds != null && dt != null && Math.min(ds, dt) < depth && rels.containsKey(e[0])) {
                    within.add(rels.get(e[0]));
                }
            }
            int found = inReach.getOrDefault(centre.rowId(), list.size());
            out.add(new Neighbourhood(list, distances, within, found > first, found));
        }
        return out;
    }

    @Query("paths")
    @NonNull
    @Description("The shortest paths between two actors through relationships (\"how is Russia connected to the UK?\"), at most `maxDepth` hops. Direction is ignored unless `directed` is true.")
    public List<@NonNull Path> paths(@NonNull @Id @Name("from") @Description("Where paths start.") String from,
            @NonNull @Id @Name("to") @Description("Where paths end.") String to,
            @Name("maxDepth") @DefaultValue("4") @Description("Longest path considered, 1 to 4 hops.") int maxDepth,
            @Name("types") @Description("Follow only relationships of these types.") List<RelationshipType> types,
            @Name("statuses") @Description("Follow only relationships with these statuses.") List<RelationshipStatus> statuses,
            @Name("directed") @DefaultValue("false") @Description("Follow relationships only from source to target.") boolean directed,
            @Name("first") @DefaultValue("10") @Description("Most paths to return (1 to 10).") int first) throws ApiError {
        checkDepth("maxDepth", maxDepth);
        if (first < 1 || first > MAX_PATHS) {
            throw ApiError.badArgument("first", "Argument 'first' must be between 1 and " + MAX_PATHS + " (got " + first + ").");
        }
        ActorEntity a = actorOf(from, "from");
        ActorEntity b = actorOf(to, "to");
        if (a == null || b == null) {
            return List.of();
        }
        if (a.id.equals(b.id)) {
            throw ApiError.badArgument("to", "'from' and 'to' are the same actor: a path needs two.");
        }
        List<List<Long>> found = graph.shortestPaths(a.id, b.id, maxDepth, directed,
                new EdgeFilter(nonNull(types), nonNull(statuses)), first);
        Set<Long> relIds = new HashSet<>();
        found.forEach(relIds::addAll);
        Map<Long, Relationship> rels = relationships.relationshipsByIds(relIds);
        Set<Long> actorIds = new HashSet<>();
        rels.values().forEach(r -> {
            actorIds.add(r.sourceId());
            actorIds.add(r.targetId());
        });
        Map<Long, Actor> actorById = actors.actorsByIds(actorIds);
        List<Path> out = new ArrayList<>();
        for (List<Long> ids : found) {
            List<Relationship> steps = ids.stream().map(rels::get).toList();
            List<Actor> along = new ArrayList<>(List.of(actorById.get(a.id)));
            long at = a.id;
            for (Relationship r : steps) {
                at = r.sourceId() == at ? r.targetId() : r.sourceId();
                along.add(actorById.get(at));
            }
            out.add(new Path(steps, along));
        }
        return out;
    }

    @NonNull
    @Description("How many relationships this actor has, per type and direction (only the non-zero counts).")
    public List<@NonNull List<@NonNull RelationshipCount>> relationshipSummary(@Source List<Actor> of) {
        Map<Long, List<Object[]>> rows = graph.summary(of.stream().map(Actor::rowId).toList());
        return of.stream().map(a -> rows.getOrDefault(a.rowId(), List.of()).stream()
                .map(r -> new RelationshipCount(RelationshipType.valueOf((String) r[2]),
                        RelationshipDirection.valueOf(r[1].toString().trim()), ((Number) r[3]).intValue()))
                .toList()).toList();
    }

    private ActorEntity actorOf(String id, String argument) throws ApiError {
        return actors.byKeyOrRedirect(GlobalId.decodeKey(id, GlobalId.ACTOR, argument)).orElse(null);
    }

    private static void checkDepth(String argument, int depth) throws ApiError {
        if (depth < 1 || depth > GraphRepository.MAX_DEPTH) {
            throw ApiError.badArgument(argument, "Argument '" + argument + "' must be between 1 and "
                    + GraphRepository.MAX_DEPTH + " (got " + depth + ").");
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? null : list.stream().filter(x -> x != null).toList();
    }
}
