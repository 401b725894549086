package app.claimgraph.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.node.Node;

@Type("SearchHit")
@Description("One result of `search`: the matching object, what kind it is, how well it matched, and the matching text.")
public class SearchHit {

    private final Node node;
    private final SearchType type;
    private final int score;
    private final String snippet;

    public SearchHit(Node node, SearchType type, int score, String snippet) {
        this.node = node;
        this.type = type;
        this.score = score;
        this.snippet = snippet;
    }

    @NonNull
    @Description("The matching actor, claim or document.")
    public Node getNode() {
        return node;
    }

    @NonNull
    @Description("What kind of object `node` is.")
    public SearchType getType() {
        return type;
    }

    @NonNull
    @Description("Relevance: higher is better. Words in names count most, then aliases, titles, claim texts, quotes, document texts.")
    public int getScore() {
        return score;
    }

    @NonNull
    @Description("The matched text: a name, a claim, or a passage of the document around the first query word.")
    public String getSnippet() {
        return snippet;
    }
}
