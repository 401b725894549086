package app.claimgraph.node;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/**
 * How {@code node(id:)} reaches a feature without importing it: each feature produces the loader of
 * its own type (a CDI producer next to its repository), and {@link NodeGraphQL} finds them all.
 *
 * @param type the GraphQL type name it serves, as in {@link GlobalId#type()}
 * @param load the nodes with these natural keys, by key, in one query; a key that matches nothing is absent
 */
public record NodeLoader(String type, Function<Collection<String>, Map<String, ? extends Node>> load) {
}
