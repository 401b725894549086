package app.claimgraph.extract;

import java.util.Set;

import app.claimgraph.actor.ActorKind;
import app.claimgraph.claim.ClaimType;

/**
 * Where a sentence's cues stand: "according to", "citing", a body adopting a text, phrasal cues
 * ("call for"), single ones, and whether a cue in its place makes no act (negated, infinitive,
 * passive, attributive, inside a name, "known as", "you know,", "asking not to be named").
 */
final class CueSites {

    static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> ADOPT = Set.of("adopt", "adopted", "adopts", "adopting", "pass", "passed",
            "passes", "passing", "approve", "approved", "approves", "approving", "issue", "issued", "issues", "issuing");
    private static final Set<String> VOTE = Set.of("vote", "voted", "votes", "voting");

    private CueSites() {
    }

    static Act detect(Reading r, int i) {
        String w = r.w(i);
        Mention named = r.entities.at(r.s, i);
        if (named != null || i > 0 && r.t(i).capitalised() && r.t(i - 1).capitalised() && r.t(i - 1).word()) {
            return null; // "the U.S. State Department", "Trump Says": part of a name or a title-case line
        }
        if (w.equals("according") && r.w(i + 1).equals("to")) {
            return new Act(Act.Kind.ACCORDING, i, i + 2, new Cues.Cue("according to", ClaimType.REPORT));
        }
        if (Set.of("cast", "casts", "casting").contains(w) && r.w(i + 1).equals("doubt")) {
            return new Act(Act.Kind.CUE, i, i + 2, new Cues.Cue("cast doubt", ClaimType.STATEMENT));
        }
        if (w.equals("citing")) {
            return new Act(Act.Kind.CITING, i, i + 1, Cues.of("cite"));
        }
        if (ADOPT.contains(w) && textFollows(r, i + 1) || VOTE.contains(w) && "VERB".equals(r.tag(i))) {
            Act a = new Act(Act.Kind.RESOLUTION, i, i + 1, new Cues.Cue(w, ClaimType.RESOLUTION));
            a.type = ClaimType.RESOLUTION;
            return a;
        }
        Cues.Cue phrasal = Cues.phrasal(r.t(i), r.w(i + 1));
        if (phrasal != null && !blocked(r, i, phrasal)) {
            return new Act(Act.Kind.CUE, i, i + 2, phrasal);
        }
        Cues.Cue cue = Cues.at(r.t(i), placed(r, i));
        if (cue == null || blocked(r, i, cue)) {
            return null;
        }
        return new Act(Act.Kind.CUE, i, i + 1, cue);
    }

    /** A word standing where a verb does: after a noun or name, before "that", an article, a name or a pronoun. */
    private static boolean placed(Reading r, int i) {
        boolean after = Set.of("NOUN", "PROPN", "PRON").contains(r.tag(i - 1)) && !Chunks.determiner(r.w(i - 1))
                && !r.w(i - 1).endsWith("'s");
        String next = r.tag(i + 1);
        return after && (r.w(i + 1).equals("that") || Set.of("DET", "PROPN", "NUM").contains(next)
                || "PRON".equals(next) && Chunks.PERSONAL.contains(r.w(i + 1)));
    }

    /** "adopted a resolution", "passed a non-binding motion". */
    private static boolean textFollows(Reading r, int i) {
        for (int k = i; k < Math.min(r.s.size(), i + 4); k++) {
            if (Set.of("resolution", "declaration", "motion", "statement", "communique", "bill").contains(r.w(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Negated, infinitive, passive, attributive ("the reported deaths"), "what it called", "a
     * resolution that condemns", "as saying"; an adjective cue needs "be" before it.
     */
    static boolean blocked(Reading r, int i, Cues.Cue cue) {
        int k = Attribution.back(r, i, false);
        boolean negated = false;
        for (int j = k; j < i; j++) {
            negated |= NEGATIONS.contains(r.w(j));
        }
        String prev = r.w(k - 1);
        if (cue.adjective()) {
            return !Attribution.BE.contains(prev) || negated;
        }
        if (negated && cue.type() != ClaimType.DENIAL) {
            return true;
        }
        String next = r.w(i + 1);
        if (Set.of("know", "mean", "see", "think").contains(cue.lemma()) && Set.of("you", "i", "we").contains(r.w(i - 1))
                && (Set.of(",", ".", "?", "!", "\u2014").contains(next) || i + 1 == r.s.size())
                || cue.adjective() && r.w(k - 2).equals("to")) {
            return true; // "you know,", "I mean,", "to be sure"
        }
        if (cue.lemma().equals("know") && Set.of("as", "for").contains(next)
                || Set.of("ask", "speak", "request", "decline").contains(cue.lemma()) && anonymity(r, i + 1)) {
            return true; // "known as", "asking not to be named"
        }
        if (Set.of("seem", "appear").contains(cue.lemma())) {
            return !Set.of("to", "like", "as", "that").contains(next) && !"ADJ".equals(r.tag(i + 1));
        }
        if (cue.lemma().equals("continue")) {
            return !Set.of(":", ",", ".", "that").contains(next) && !Quotes.isMark(r.t(Math.min(i + 1, r.s.size() - 1)).text());
        }
        if (prev.equals("to") || prev.equals("as") || prev.equals("so-called") || prev.equals("the")
                || Chunks.determiner(prev) && (r.w(i).endsWith("ed") || r.w(i).endsWith("s") || k < i)
                || "ADJ".equals(r.tag(k - 1)) && k == i && Cues.nounLike(r.w(i)) && !r.t(k - 1).capitalised()
                || Cues.nounLike(r.w(i)) && k == i && Chunks.determiner(r.w(i - 2)) && "NOUN".equals(r.tag(i - 1))
                        && "ADP".equals(r.tag(i - 3))
                || Attribution.BE.contains(prev) && !r.w(i + 1).equals("by") && !r.w(i).endsWith("ing")) {
            return true;
        }
        if (r.w(i).endsWith("ed") && "NOUN".equals(r.tag(i + 1)) && "ADJ".equals(r.tag(i))) {
            return true;
        }
        // "a resolution demanding …", "people saying …": a participle after a noun qualifies it
        // … but "with 30 percent of voters saying they …" is what those voters say
        if (r.w(i).endsWith("ing") && k == i && k > 0 && Set.of("NOUN", "PROPN").contains(r.tag(k - 1))
                && !speakersEndAt(r, k)) {
            return true;
        }
        if (Set.of("it", "they", "he", "she").contains(prev) && r.w(k - 2).equals("what")) {
            return true;
        }
        return Set.of("that", "which").contains(prev) && Speakers.TEXTS.contains(r.w(k - 2));
    }

    /** A group or an unnamed source the reader found ends right before token {@code k}. */
    private static boolean speakersEndAt(Reading r, int k) {
        Mention who = r.entities.at(r.s, k - 1);
        return who != null && who.to() == k
                && (who.entity().kind == ActorKind.GROUP || who.entity().kind == ActorKind.ANONYMOUS_SOURCE);
    }

    /** "not to be named", "anonymity", "to remain anonymous" within a few words. */
    private static boolean anonymity(Reading r, int from) {
        for (int k = from; k < Math.min(r.s.size(), from + 6); k++) {
            if (Set.of("named", "identified", "anonymity", "anonymous", "anonymously").contains(r.w(k))) {
                return true;
            }
        }
        return false;
    }
}
