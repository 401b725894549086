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
        for (int i = start + 1; i < end - 1; i++) {
            char c = s.charAt(i);
            if (c == '\u2014' || c == '\u2013') {
                split(s, start, i, out);
                out.add(new int[] { i, i + 1 });
                split(s, i + 1, end, out);
                return;
            }
        }
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
        } else {
            word = trailing - contraction(s, start, trailing);
        }
        out.add(new int[] { start, word });
        if (word < trailing) {
            out.add(new int[] { word, trailing });
        }
        for (int i = trailing; i < end; i++) {
            out.add(new int[] { i, i + 1 });
        }
    }

    /** Words that end with a period of their own: "Sen.", "Mr.", "Jr.", an initial ("A."). */
    private static final java.util.regex.Pattern ABBREVIATED = java.util.regex.Pattern.compile(
            "Sen|Sens|Rep|Reps|Gov|Govs|Gen|Lt|Col|Maj|Sgt|Capt|Cmdr|Adm|Mr|Mrs|Ms|Dr|Prof|Rev|Hon|Sec|Atty|St|Jr|Sr|"
                    + "No|Ft|Mt|Messrs|Inc|Corp|Co|Ltd|Bros|Jan|Feb|Aug|Sept|Oct|Nov|Dec|[A-Z]|[RDI]-[A-Z][A-Za-z.]{0,5}|Fla|Calif|Tex|Mass|"
                    + "Ga|Ky|Wis|Ill|Md|Va|Pa|Ariz|Colo|Conn|Mich|Minn|Nev|Ore|Tenn|Okla|Ala|Ark|Del|Ind|Kan|La|Mo|Mont|Neb|Vt");

    /** Joins a title or an initial with the period the tokenizer split from it ("Sen" "." → "Sen."). */
    static void joinAbbreviations(String s, List<int[]> spans) {
        for (int i = 0; i + 2 < spans.size(); i++) {
            int[] word = spans.get(i);
            int[] dot = spans.get(i + 1);
            if (dot[1] - dot[0] == 1 && s.charAt(dot[0]) == '.' && word[1] == dot[0]
                    && ABBREVIATED.matcher(s.substring(word[0], word[1])).matches()) {
                spans.set(i, new int[] { word[0], dot[1] });
                spans.remove(i + 1);
            }
        }
    }

    /** The length of a contraction with a typographic apostrophe ending a word ("couldn’t", "we’re"), or 0. */
    private static int contraction(String s, int start, int end) {
        String w = s.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        if (w.length() > 4 && w.endsWith("n\u2019t")) {
            return 3;
        }
        for (String c : new String[] { "\u2019re", "\u2019ve", "\u2019ll", "\u2019d", "\u2019m" }) {
            if (w.length() > c.length() + 1 && w.endsWith(c)) {
                return c.length();
            }
        }
        return 0;
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
