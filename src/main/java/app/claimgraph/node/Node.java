package app.claimgraph.node;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Relay's Node: every object with a global ID can be fetched again with {@code node(id:)}. */
@Interface
@Name("Node")
@Description("An object with a global, opaque and stable ID, which `node(id:)` resolves.")
public interface Node {

    @Id
    @NonNull
    @Description("Global, opaque, stable ID of this object. Clients cache by `id` and `__typename`.")
    String getId();
}
