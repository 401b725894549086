package app.claimgraph.extract;

import java.util.List;

/**
 * A sentence: its span in the document, its tokens, the paragraph it is in, and whether it is a
 * headline or dateline-only line (no final punctuation at the start of the text), which carries
 * no claim.
 */
record Sentence(int index, int start, int end, int paragraph, boolean headline, List<Token> tokens) {

    /** The index of the first token that starts at or after {@code offset}, or the token count. */
    int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }
}
