package app.claimgraph.node;

import java.util.Collection;
import java.util.Map;

/**
 * How {@code node(id:)} reaches a feature without importing it: each feature's repository loads its
 * own type's nodes, and {@link NodeGraphQL} finds them all through CDI.
 */
public interface NodeLoader {

    /** The GraphQL type name this loader serves, as in {@link GlobalId#type()}. */
    String nodeType();

    /** The nodes with these natural keys, by key, in one query; a key that matches nothing is absent. */
    Map<String, ? extends Node> nodesByKeys(Collection<String> keys);
}
