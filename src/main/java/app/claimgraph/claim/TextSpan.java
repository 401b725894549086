package app.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TextSpan")
@Description("A slice of a document's text. Offsets count UTF-16 code units, as Java and JavaScript index strings, so `document.text.substring(start, end)` (JS: `slice`) equals `text`.")
public class TextSpan {

    private final int start;
    private final int end;
    private final String text;

    public TextSpan(int start, int end, String text) {
        this.start = start;
        this.end = end;
        this.text = text;
    }

    @NonNull
    @Description("Offset of the first character (inclusive).")
    public int getStart() {
        return start;
    }

    @NonNull
    @Description("Offset after the last character (exclusive).")
    public int getEnd() {
        return end;
    }

    @NonNull
    @Description("The characters between `start` and `end`, exactly.")
    public String getText() {
        return text;
    }
}
