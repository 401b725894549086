package app.claimgraph.search;

import java.util.List;

/** The text shown with a search hit: where the query's first word matched, cut to a readable length. */
final class Snippets {

    static final int WIDTH = 160;

    private Snippets() {
    }

    static String actor(String name, List<String> aliases, List<String> terms) {
        if (matches(name, terms)) {
            return name;
        }
        for (String alias : aliases) {
            if (matches(alias, terms)) {
                return name + " (" + alias + ")";
            }
        }
        return name;
    }

    static String claim(String text, String quote, List<String> terms) {
        return quote != null && !matches(text, terms) && matches(quote, terms) ? "\u201C" + quote + "\u201D" : text;
    }

    static String document(String title, String body, List<String> terms) {
        if (matches(title, terms)) {
            return title;
        }
        return around(body, terms.get(0));
    }

    private static boolean matches(String text, List<String> terms) {
        return text != null && Tokens.distinct(text).stream().anyMatch(t -> terms.stream().anyMatch(t::startsWith));
    }

    /** About WIDTH characters of {@code text} around the first word beginning with {@code term}. */
    static String around(String text, String term) {
        String folded = Tokens.foldSameLength(text);
        int at = -1;
        for (int from = 0; (at = folded.indexOf(term, from)) >= 0; from = at + 1) {
            if (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1))) {
                break;
            }
        }
        if (at < 0) {
            at = 0;
        }
        int start = Math.max(0, at - WIDTH / 3);
        int end = Math.min(text.length(), start + WIDTH);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start++;
        }
        while (end < text.length() && end > at + term.length() && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        return (start > 0 ? "\u2026" : "") + text.substring(start, end).strip() + (end < text.length() ? "\u2026" : "");
    }
}
