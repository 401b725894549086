package app.claimgraph.extract;

import java.util.Set;

/**
 * The words that name an act's source, before or after its cue: a noun phrase ({@link Chunks}),
 * with what stands beside it ("Jeff Weaver, Sanders' campaign manager,"; "Louise Sunshine, who has
 * known Trump since the 1970s,"; "the statement, passed by the Duma,"; "a draft seen by Reuters").
 */
final class SpeakerPhrases {

    /**
     * A source's words: tokens [from, to) of the sentence; [headFrom, headTo) is the part that says
     * who it is (the name before an apposition, the body that passed a text).
     */
    record Phrase(int from, int to, int headFrom, int headTo, String how) {
    }

    private static final Set<String> PUBLISHED = Set.of("passed", "issued", "released", "adopted", "published",
            "signed");
    private static final Set<String> SEEN = Set.of("seen", "obtained", "reviewed", "viewed");

    private SpeakerPhrases() {
    }

    /** The phrase ending just before token {@code k}, or null. */
    static Phrase before(Reading r, int k) {
        if (k <= 0) {
            return null;
        }
        if (r.w(k - 1).equals(",")) {
            Phrase apposed = apposed(r, k);
            int s = r.w(k - 2).equals(")") ? Chunks.startOf(r, k - 1) : -1;
            // "Sen. Jack Reed (D-R.I.), said": a name with its party label, then the comma
            return apposed != null || s < 0 || !startsClause(r, s) ? apposed : new Phrase(s, k, s, k - 1, "before");
        }
        int s = Chunks.startOf(r, k);
        boolean adverb = "ADV".equals(r.tag(k - 1)) || "AUX".equals(r.tag(k - 1)) && !Attribution.SKIP.contains(r.w(k - 1))
                && !Attribution.BE.contains(r.w(k - 1));
        if (s < 0 && adverb && !r.w(k - 1).endsWith("ly") && !r.t(k - 1).capitalised()) {
            int noun = Chunks.startOf(r, k - 1); // "villagers downstream told", "officials there said"
            return noun < 0 ? null : new Phrase(noun, k, noun, k - 1, "before");
        }
        return s < 0 ? null : new Phrase(s, k, s, k, "before");
    }

    /**
     * "X, a spokesman for Y, said", "X, who …, said", "X, however, said", "The statement, passed by X,
     * accused": the phrase before the first comma, with what the commas enclose.
     */
    private static Phrase apposed(Reading r, int k) {
        int comma = k - 1;
        int p = comma - 1;
        for (int level = 0; level < 3; level++) {
            while (p > 0 && (!r.w(p).equals(",") || r.doc.quoteAt(r.t(p).start()) != null) && comma - p < 40
                    && !r.w(p).equals(";")) {
                p--;
            }
            if (p <= 0 || !r.w(p).equals(",") || p == comma - 1 || r.doc.quoteAt(r.t(p).start()) != null) {
                return null;
            }
            Phrase found = aside(r, k, comma, p);
            if (found != null) {
                return found;
            }
            if (level == 0 && named(r, p + 1, comma)) {
                // "The head of the super PAC backing Jeb Bush, Mike Murphy, praised": the name is who speaks
                return new Phrase(p + 1, comma, p + 1, comma, "named-aside");
            }
            p--;
        }
        return null;
    }

    /** Tokens [from, to) are a name, with its titles and a party label ("Gov. John Kasich (R-OH)"). */
    private static boolean named(Reading r, int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            Token t = r.t(i);
            if (t.text().equals("(")) {
                while (i < to && !r.w(i).equals(")")) {
                    i++;
                }
                continue;
            }
            if (!(t.capitalised() || Lexicon.TITLES.contains(t.fold()) || Set.of("-", ".", "'s").contains(t.fold()))) {
                return false;
            }
            words += t.word() ? 1 : 0;
        }
        return words >= 2 && words <= 6;
    }

    /** The phrase before the comma at {@code p}, when what follows it up to the cue's comma is an aside. */
    private static Phrase aside(Reading r, int k, int comma, int p) {
        if (PUBLISHED.contains(r.w(p + 1)) && r.w(p + 2).equals("by") && Speakers.TEXTS.contains(r.w(p - 1))) {
            return new Phrase(p + 3, comma, p + 3, comma, "text-by");
        }
        int s = Chunks.startOf(r, p);
        if (s < 0 || r.doc.quoteAt(r.t(p - 1).start()) != null) {
            return null;
        }
        boolean relative = Set.of("who", "whose", "which").contains(r.w(p + 1));
        boolean apposition = Chunks.endOf(r, p + 1) > p + 1 && !Chunks.personal(r, p + 1)
                // "a talk show host and operations manager at … in Alabama", whatever the tagger made of "talk"
                || Set.of("a", "an", "the").contains(r.w(p + 1)) && Set.of("NOUN", "PROPN").contains(r.tag(comma - 1));
        boolean parenthetical = !apposition && (!hasVerb(r, p + 1, comma) || participial(r, p + 1)
                || Set.of("when", "while", "if", "after", "before", "as", "though", "although", "in", "at", "on")
                        .contains(r.w(p + 1)));
        if (!relative && !apposition && !parenthetical) {
            return null;
        }
        int head = p;
        // "Woodrow Benford, 58, who lives outside Minneapolis, says": asides in a row
        while (s >= 2 && r.w(s - 1).equals(",") && Chunks.endOf(r, s) == head && head - s <= 4) {
            int before = Chunks.startOf(r, s - 1);
            if (before < 0 || !startsClause(r, before)) {
                break;
            }
            head = s - 1;
            s = before;
        }
        return startsClause(r, s) ? new Phrase(s, k, s, head, relative ? "who" : "apposition") : null;
    }

    /** "speaking on condition of anonymity", "asked about the vote": a participle opens the aside. */
    private static boolean participial(Reading r, int i) {
        return "VERB".equals(r.tag(i)) && (r.w(i).endsWith("ing") || r.w(i).endsWith("ed") || r.w(i).endsWith("en")
                || "ADP".equals(r.tag(i + 1)))
                || "ADJ".equals(r.tag(i)) && "ADP".equals(r.tag(i + 1));
    }

    private static boolean hasVerb(Reading r, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("VERB".equals(r.tag(i)) || "AUX".equals(r.tag(i))) {
                return true;
            }
        }
        return false;
    }

    /** Nothing but an introduction ("But", "On Tuesday,", a quotation) stands before the phrase in its clause. */
    private static boolean startsClause(Reading r, int s) {
        if (s == 0) {
            return true;
        }
        String prev = r.t(s - 1).text();
        return Set.of(",", ";", ":", "\u2014", "\u2013", "--", "\"", "\u201C", "\u201D", "''", "(").contains(prev)
                || Quotes.isMark(prev)
                || Set.of("CCONJ", "SCONJ", "ADV").contains(r.tag(s - 1)) || r.w(s - 1).equals("that");
    }

    /**
     * The speaker of an inverted cue ('"…," said X', "…, added Smith, a spokesman"): a phrase right
     * after it that ends the clause (a comma, the sentence's end, "who", "in a statement").
     */
    static Phrase inverted(Reading r, int i) {
        int k = i;
        while (k < r.s.size() && Temporal.at(r, k) > k) {
            k = Temporal.at(r, k);
        }
        Phrase p = after(r, k);
        if (p == null) {
            return null;
        }
        String next = r.w(p.to());
        boolean ends = p.to() >= r.s.size() || Set.of(",", ".", ";", ":", "!", "?", "\u2014", "\u2013", "--", "who",
                "in", "on", "at", "during", "according", "told", "when", "while", "as", "after", "before", "(", "of", "from")
                .contains(next) || Quotes.isMark(r.t(p.to()).text()) || Temporal.at(r, p.to()) > p.to();
        return ends ? p : null;
    }

    /** The phrase starting at token {@code i} ("said X", "according to X"), or null. */
    static Phrase after(Reading r, int i) {
        int e = Chunks.endOf(r, i);
        if (e < 0) {
            return null;
        }
        if (SEEN.contains(r.w(e)) && r.w(e + 1).equals("by")) {
            int outlet = Chunks.endOf(r, e + 2);
            if (outlet > 0) {
                return new Phrase(e + 2, outlet, e + 2, outlet, "seen-by");
            }
        }
        if (Roles.is(r.w(e - 1), Roles.Role.TEXT) && Set.of("from", "by", "of").contains(r.w(e))) {
            // "according to a statement from the embassy": the text's author
            int author = Chunks.endOf(r, e + 1);
            if (author > e + 1) {
                return new Phrase(i, author, e + 1, author, "text-from");
            }
        }
        // "according to the company's chief executive, John Smith,": the name in apposition
        if (r.w(e).equals(",") && e + 1 < r.s.size() && r.t(e + 1).capitalised()) {
            int name = e + 1;
            while (name < r.s.size() && (r.t(name).capitalised() && r.t(name).word()
                    || Lexicon.TITLES.contains(r.w(name)))) {
                name++;
            }
            if (name > e + 2 && (name == r.s.size() || Set.of(",", ".", ";").contains(r.w(name)))) {
                return new Phrase(i, name, i, e, "after");
            }
        }
        // "Robert Antonacci of the New York delegation": the name says who
        for (int k = i + 1; k < e; k++) {
            if (Set.of("of", "for", "at", "from").contains(r.w(k)) && r.t(k - 1).capitalised() && "PROPN".equals(r.tag(k - 1))) {
                return new Phrase(i, e, i, k, "after");
            }
        }
        return new Phrase(i, e, i, e, "after");
    }
}
