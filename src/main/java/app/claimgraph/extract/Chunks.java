package app.claimgraph.extract;

import java.util.Set;

/**
 * Noun phrases from part-of-speech tags alone: where the phrase that ends just before a cue
 * starts ("longtime Democratic pollster Pat Caddell", "72 percent of Democrats", "his campaign
 * manager"), and where the phrase that starts after one ends ("said one Republican involved …",
 * "according to a spokesman for the agency"). A personal pronoun is a phrase of its own.
 */
final class Chunks {

    static final Set<String> PERSONAL = Set.of("he", "she", "they", "i", "we", "it", "you", "who");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "some",
            "many", "several", "most", "all", "both", "each", "every", "any", "no", "his", "her", "their", "its", "our",
            "my", "your", "another", "other", "few", "such");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("them", "us", "those", "these", "him", "her", "it");
    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "NUM", "ADJ");
    private static final Set<String> HEADS = Set.of("NOUN", "PROPN", "NUM");

    private Chunks() {
    }

    static boolean personal(Reading r, int i) {
        return PERSONAL.contains(r.w(i)) && "PRON".equals(r.tag(i)) || Set.of("he", "she", "they", "i", "we")
                .contains(r.w(i));
    }

    static boolean determiner(String fold) {
        return DETERMINERS.contains(fold);
    }

    /** A word that can end a noun phrase: a noun, a name, a number, a personal pronoun. */
    static boolean head(Reading r, int i) {
        if (i < 0 || i >= r.s.size()) {
            return false;
        }
        Token t = r.t(i);
        return HEADS.contains(t.tag()) && t.word() || personal(r, i) || name(r, i) || mistagged(r, i)
                || "ADJ".equals(t.tag()) && (Roles.speaks(t.fold()) || Lexicon.GROUP_NOUNS.contains(t.fold()))
                || t.capitalised() && t.word() && !"VERB".equals(t.tag()) && !"AUX".equals(t.tag())
                        && !Chunks.determiner(t.fold()) && !"ADP".equals(t.tag()) && !"CCONJ".equals(t.tag())
                        && !"SCONJ".equals(t.tag()) && (!"ADV".equals(t.tag()) || i > 0) && !"PRON".equals(t.tag());
    }

    /**
     * A capitalised word the tagger took for a verb: "Trump said" at the start of a sentence, or a
     * capitalised "verb" inside one.
     */
    static boolean name(Reading r, int i) {
        Token t = r.t(i);
        if (!t.capitalised() || !t.word() || !"VERB".equals(t.tag()) || t.text().length() < 2
                || Character.isUpperCase(t.text().charAt(1)) && t.text().length() < 4) {
            return false;
        }
        return i > 0 && !Quotes.isMark(r.t(i - 1).text()) && !r.w(i - 1).equals(":")
                || "VERB".equals(r.tag(i + 1)) || "AUX".equals(r.tag(i + 1)) || "PROPN".equals(r.tag(i + 1));
    }

    /** "The billionaire real estate magnate says": a noun the tagger took for a verb, between a noun phrase's start and a verb. */
    private static boolean mistagged(Reading r, int i) {
        return "VERB".equals(r.tag(i)) && !r.w(i).endsWith("ing") && !r.w(i).endsWith("ed")
                && Set.of("DET", "ADJ", "NOUN", "PROPN").contains(r.tag(i - 1)) && !r.w(i - 1).equals("that")
                && ("VERB".equals(r.tag(i + 1)) || "AUX".equals(r.tag(i + 1))) && Cues.of(r.w(i)) == null;
    }

    /** Start of the noun phrase whose last word is {@code end - 1}, or -1 when none ends there. */
    static int startOf(Reading r, int end) {
        int k = end - 1;
        if (k >= 0 && r.w(k).equals(")")) {
            int open = k;
            while (open > 0 && !r.w(open).equals("(") && k - open < 8) {
                open--;
            }
            k = r.w(open).equals("(") ? open - 1 : k;
        }
        if (OBJECT_PRONOUNS.contains(r.w(k)) && r.w(k - 1).equals("of")) {
            return "NUM".equals(r.tag(k - 2)) || Set.of("one", "some", "many", "most", "all", "none", "several",
                    "each", "both").contains(r.w(k - 2)) ? k - 2 : -1;
        }
        Mention m = k >= 0 ? r.entities.at(r.s, k) : null;
        int j = k;
        if (m != null && m.to() == k + 1 && m.from() < k) {
            j = m.from(); // a mention the reader found is a phrase, whatever the tags inside it say
        } else if (!head(r, k)) {
            return -1;
        } else if (personal(r, k)) {
            return k;
        }
        while (j > 0) {
            Token p = r.t(j - 1);
            String w = p.fold();
            if (DETERMINERS.contains(w) && !"NUM".equals(p.tag())) {
                if (Set.of("that", "this").contains(w) && (Set.of("VERB", "AUX", "SCONJ").contains(r.tag(j - 2))
                        || Set.of("PROPN", "PRON").contains(r.tag(j)))) {
                    return j;
                }
                if (!attaches(r, j - 2)) {
                    return j - 1;
                }
                j -= 2;
                continue;
            }
            if ("NOUN".equals(p.tag()) && !p.capitalised() && r.t(j).capitalised() && "PROPN".equals(r.tag(j))
                    && !Roles.speaks(w) && !Lexicon.TITLES.contains(w) && !Lexicon.GROUP_NOUNS.contains(w)
                    && !Roles.is(w, Roles.Role.PLACE) && j == k) {
                // "a charge Israel denies": the name begins the phrase
                return j;
            }
            if (NOMINAL.contains(p.tag()) && p.word() || name(r, j - 1) || w.equals("'s") || w.equals("'") && j - 2 >= 0
                    && r.t(j - 2).text().endsWith("s") || joined(r, j - 1) || w.equals("&")) {
                j--;
            } else if (head(r, j) && attaches(r, j - 1)) {
                j--;
            } else if (w.equals("and") && "PROPN".equals(r.tag(j)) && j - 2 >= 0
                    && "PROPN".equals(r.tag(j - 2))) {
                j--;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * A preposition at {@code k} that attaches what follows to the noun before it: "72 percent of
     * Democrats", "a spokesperson for the ministry", "an economist at KPMG", "residents in Gao".
     */
    private static boolean attaches(Reading r, int k) {
        String w = r.w(k);
        if (k < 1) {
            return false;
        }
        if (w.equals("of")) {
            return HEADS.contains(r.tag(k - 1));
        }
        boolean role = Roles.is(r.w(k - 1), Roles.Role.PERSON) || Lexicon.SOURCE_NOUNS.contains(r.w(k - 1));
        return Set.of("for", "at", "in", "from").contains(w) && (role || "NOUN".equals(r.tag(k - 1)))
                || w.equals("with") && role;
    }

    /** End (exclusive) of the noun phrase that starts at {@code start}, or -1 when none starts there. */
    static int endOf(Reading r, int start) {
        if (start >= r.s.size()) {
            return -1;
        }
        if (personal(r, start)) {
            return start + 1;
        }
        int j = start;
        if (DETERMINERS.contains(r.w(j)) || "NUM".equals(r.tag(j)) && r.w(j + 1).equals("of")) {
            j++;
        }
        int end = -1;
        Mention m = r.entities.at(r.s, j);
        if (m != null && m.from() >= start) {
            // a mention the reader found is a phrase, whatever the tags inside it say
            j = m.to();
            end = j;
        }
        while (j < r.s.size()) {
            Token t = r.t(j);
            String w = t.fold();
            boolean modifier = "VERB".equals(t.tag()) && (w.endsWith("ing") || w.endsWith("ed")) && j > start
                    && Set.of("DET", "ADJ", "NUM").contains(r.tag(j - 1)) && "NOUN".equals(r.tag(j + 1));
            if (head(r, j) && !personal(r, j) || NOMINAL.contains(t.tag()) && t.word() || modifier) {
                j++;
                end = head(r, j - 1) ? j : end;
            } else if (w.equals("of") && r.w(j + 1).endsWith("ing")) {
                break;
            } else if (DETERMINERS.contains(w) && j > start && Set.of("of", "for", "at").contains(r.w(j - 1))) {
                j++;
            } else if ((w.equals("'s") || joined(r, j) || w.equals("&") || w.equals("of") && end == j
                    || Set.of("for", "at").contains(w) && end == j && capitalisedAhead(r, j + 1)) && j + 1 < r.s.size()) {
                j++;
            } else if (w.equals("(") && end == j) {
                int close = j;
                while (close < r.s.size() - 1 && !r.w(close).equals(")") && close - j < 8) {
                    close++;
                }
                if (!r.w(close).equals(")")) {
                    break;
                }
                j = close + 1;
                end = j;
            } else {
                break;
            }
        }
        return end;
    }

    /** A capitalised word at {@code i}, or after an article there. */
    private static boolean capitalisedAhead(Reading r, int i) {
        int k = Set.of("the", "a", "an").contains(r.w(i)) ? i + 1 : i;
        return k < r.s.size() && r.t(k).capitalised() && r.t(k).word();
    }

    /** A hyphen or period joining two parts of a word ("D-Md.", "Jean-Paul"): no space either side. */
    private static boolean joined(Reading r, int k) {
        return (r.t(k).text().equals("-") || r.t(k).text().equals(".")) && k > 0 && k + 1 < r.s.size()
                && r.t(k - 1).end() == r.t(k).start() && r.t(k + 1).start() == r.t(k).end();
    }
}
