package app.claimgraph.graph;

/** Reached actor of a neighbourhood: root, actor, hops. */
public record Reached(long root, long actor, int depth) {
}
