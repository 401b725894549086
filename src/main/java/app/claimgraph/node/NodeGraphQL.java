package app.claimgraph.node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.quarkus.arc.All;

import app.claimgraph.api.ApiError;

/** Relay object identification: any ID this API hands out resolves here. */
@GraphQLApi
public class NodeGraphQL {

    /** Most IDs one {@code nodes} call resolves; a client batching more splits the list. */
    static final int MAX_NODES = 100;

    /** Every feature's loader (each feature registers its own: node/ imports none of them). */
    @Inject
    @All
    List<NodeLoader> all;
    private final Map<String, NodeLoader> loaders = new HashMap<>();

    @PostConstruct
    void indexByType() {
        all.forEach(loader -> loaders.put(loader.type(), loader));
    }

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
            NodeLoader loader = loaders.get(type);
            if (loader != null) {
                loader.load().apply(keys).forEach((key, node) -> found.put(type + ":" + key, node));
            }
        });
        List<Node> result = new ArrayList<>(ids.size());
        for (GlobalId id : ids) {
            result.add(found.get(id.type() + ":" + id.key()));
        }
        return result;
    }
}
