package app.claimgraph.node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import app.claimgraph.actor.Actor;
import app.claimgraph.actor.ActorRepository;
import app.claimgraph.claim.Claim;
import app.claimgraph.claim.ClaimRepository;
import app.claimgraph.document.Document;
import app.claimgraph.document.DocumentRepository;
import app.claimgraph.relationship.Relationship;
import app.claimgraph.relationship.RelationshipRepository;
import app.claimgraph.api.ApiError;

/** Relay object identification: any ID this API hands out resolves here. */
@GraphQLApi
public class NodeGraphQL {

    /** Most IDs one {@code nodes} call resolves; a client batching more splits the list. */
    static final int MAX_NODES = 100;

    @Inject
    ActorRepository actors;
    @Inject
    ClaimRepository claims;
    @Inject
    RelationshipRepository relationships;
    @Inject
    DocumentRepository documents;

    @Query("node")
    @Description("The object with this global ID, whatever its type, or null if there is none.")
    public Node node(@NonNull @Id @Name("id") @Description("Any ID returned by this API.") String id) throws ApiError {
        return resolve(List.of(GlobalId.decode(id, "id"))).get(0);
    }

    @Query("nodes")
    @NonNull
    @Description("The objects with these IDs, in the same order; null for each ID that matches nothing. At most 100 IDs.")
    public List<Node> nodes(@NonNull @Name("ids") @Description("IDs returned by this API (at most 100).") List<@NonNull String> ids)
            throws ApiError {
        if (ids.size() > MAX_NODES) {
            throw ApiError.badArgument("ids", "Argument 'ids' holds " + ids.size() + " IDs; pass at most "
                    + MAX_NODES + " per call.");
        }
        List<GlobalId> decoded = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            decoded.add(GlobalId.decode(ids.get(i), "ids[" + i + "]"));
        }
        return resolve(decoded);
    }

    /** One query per type present, whatever the number of IDs. */
    private List<Node> resolve(List<GlobalId> ids) {
        Map<String, List<String>> keysByType = new LinkedHashMap<>();
        for (GlobalId id : ids) {
            keysByType.computeIfAbsent(id.type(), t -> new ArrayList<>()).add(id.key());
        }
        Map<String, Node> found = new HashMap<>();
        keysByType.forEach((type, keys) -> {
            switch (type) {
                case GlobalId.ACTOR -> actors.byKeysOrRedirects(keys)
                        .forEach((key, e) -> found.put(type + ":" + key, Actor.from(e)));
                case GlobalId.CLAIM -> collect(found, type, claims.list("key in ?1", keys), e -> e.key, Claim::from);
                case GlobalId.RELATIONSHIP -> collect(found, type, relationships.list("key in ?1", keys), e -> e.key,
                        Relationship::from);
                case GlobalId.DOCUMENT -> collect(found, type, documents.list("key in ?1", keys), e -> e.key,
                        Document::from);
                default -> {
                }
            }
        });
        List<Node> result = new ArrayList<>(ids.size());
        for (GlobalId id : ids) {
            result.add(found.get(id.type() + ":" + id.key()));
        }
        return result;
    }

    private static <E> void collect(Map<String, Node> found, String type, List<E> entities, Function<E, String> key,
            Function<E, ? extends Node> toNode) {
        for (E e : entities) {
            found.put(type + ":" + key.apply(e), toNode.apply(e));
        }
    }
}
