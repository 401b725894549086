package app.claimgraph.extract;

/**
 * Where a sentence names an entity: token range [from, to) of the sentence, character range
 * [start, end) of the document, and the rule that found it.
 */
record Mention(Entity entity, int sentence, int from, int to, int start, int end, String how) {

    boolean covers(int token) {
        return from <= token && token < to;
    }
}
