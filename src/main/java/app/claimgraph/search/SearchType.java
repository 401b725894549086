package app.claimgraph.search;

import org.eclipse.microprofile.graphql.Description;

@Description("Kinds of objects search can return.")
public enum SearchType {
    @Description("Actors, by name and aliases.")
    ACTOR('A'),
    @Description("Claims, by text and quote.")
    CLAIM('C'),
    @Description("Documents, by title and text.")
    DOCUMENT('D');

    final char code;

    SearchType(char code) {
        this.code = code;
    }

    static SearchType of(String code) {
        for (SearchType t : values()) {
            if (t.code == code.charAt(0)) {
                return t;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
