package app.claimgraph.extract;

import java.util.List;

/**
 * Splits what the tokenizer model leaves joined but the rules need apart: a possessive ending
 * ("Venezuela’s" → "Venezuela" "’s"), a leading hyphen ("-UK" in "U.S.-UK") and quotation marks
 * stuck to a word. Offsets are relative to the sentence.
 */
final class Tokens {

    private Tokens() {
    }

    static void split(String s, int start, int end, List<int[]> out) {
        while (end - start > 1 && isQuoteOrDash(s.charAt(start)) && Character.isLetterOrDigit(s.charAt(start + 1))) {
            out.add(new int[] { start, start + 1 });
            start++;
        }
        int trailing = end;
        while (trailing - start > 1 && isQuote(s.charAt(trailing - 1)) && !possessive(s, start, trailing)) {
            trailing--;
        }
        int word = trailing;
        if (possessive(s, start, trailing)) {
            word = trailing - 2;
        }
        out.add(new int[] { start, word });
        if (word < trailing) {
            out.add(new int[] { word, trailing });
        }
        for (int i = trailing; i < end; i++) {
            out.add(new int[] { i, i + 1 });
        }
    }

    /** "…’s" / "…'s" after at least two characters of a word. */
    private static boolean possessive(String s, int start, int end) {
        return end - start > 3 && (s.charAt(end - 1) == 's' || s.charAt(end - 1) == 'S')
                && (s.charAt(end - 2) == '\'' || s.charAt(end - 2) == '\u2019')
                && Character.isLetterOrDigit(s.charAt(end - 3));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019';
    }

    private static boolean isQuoteOrDash(char c) {
        return isQuote(c) || c == '-';
    }
}
