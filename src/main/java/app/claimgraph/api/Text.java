package app.claimgraph.api;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text folding shared by writes (the *_norm columns) and filters, so both engines compare alike. */
public final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Text() {
    }

    /** Lower-cased, accents removed, whitespace collapsed: "Nicolás  MADURO" → "nicolas maduro". */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        // Typographic apostrophes fold to ASCII so "UK’s" matches "UK's".
        stripped = stripped.replace('\u2019', '\'').replace('\u2018', '\'');
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** A LIKE pattern matching {@code needle} anywhere, with LIKE's wildcards escaped by '\'. */
    public static String containsPattern(String needle) {
        String folded = fold(needle).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + folded + "%";
    }
}
