package app.claimgraph.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words as search sees them: folded (lower case, accents removed) and split on anything that is
 * not a letter or digit. The same code indexes and queries, so H2 and PostgreSQL agree.
 */
public final class Tokens {

    public static final int MAX_TOKEN = 64;

    private Tokens() {
    }

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String folded = foldSameLength(text);
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean word = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                String t = folded.substring(start, i);
                out.add(t.length() > MAX_TOKEN ? t.substring(0, MAX_TOKEN) : t);
                start = -1;
            }
        }
        return out;
    }

    public static Set<String> distinct(String text) {
        return new LinkedHashSet<>(of(text));
    }

    /**
     * Folds character by character so that index i of the result is index i of the input: "Nicolás"
     * → "nicolas". Lets a match found in folded text be cut from the original (snippets).
     */
    public static String foldSameLength(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                sb.append(Character.toLowerCase(c));
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT);
            sb.append(d.length() == 1 ? d.charAt(0) : Character.toLowerCase(c));
        }
        return sb.toString();
    }
}
