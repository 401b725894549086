package app.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.claimgraph.claim.ClaimType;

/**
 * Finds the acts of attribution of a sentence and their speakers: "X said", "…, X said", "said X",
 * "X, a spokesperson for Y, said", "The statement, passed by X, accused", "…, accusing" (the clause
 * subject), "and called for" (the previous speaker), "who said", "according to X" and bodies
 * adopting a resolution. Negated, infinitive and passive cues ("did not say", "declined to
 * comment", "is expected") and cues inside quotations make no act.
 */
final class Attribution {

    static final Set<String> SKIP = Set.of("also", "later", "repeatedly", "previously", "publicly", "separately",
            "again", "earlier", "then", "already", "initially", "subsequently", "privately", "openly", "firmly",
            "flatly", "strongly", "sharply", "quickly", "swiftly", "immediately", "has", "have", "had", "will",
            "would", "could", "may", "might", "did", "does", "do", "shall", "reportedly", "allegedly", "once",
            "himself", "herself", "itself", "themselves", "formally", "officially", "angrily", "jointly");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> BE = Set.of("is", "was", "were", "are", "been", "be", "being", "'s");
    private static final Set<String> ADOPT = Set.of("adopt", "adopted", "adopts", "adopting", "pass", "passed",
            "passes", "passing", "approve", "approved", "approves", "approving", "issue", "issued", "issues", "issuing");
    private static final Set<String> VOTE = Set.of("vote", "voted", "votes", "voting");
    /** Cues that may come before their speaker: "…," said X / added X / wrote X. */
    private static final Set<String> INVERTIBLE = Set.of("say", "add", "declare", "write", "state", "explain", "insist",
            "note", "stress", "argue", "recall", "concede", "reply", "respond", "ask", "acknowledge", "admit", "confirm",
            "claim", "assert", "maintain", "tweet", "post", "warn", "announce", "tell");
    private static final Set<String> ELABORATIONS = Set.of("describe", "call", "say");

    private Attribution() {
    }

    /** The acts of the current sentence, in text order, with their speakers where found. */
    static List<Act> read(Reading r) {
        List<Act> acts = new ArrayList<>();
        Sentence s = r.s;
        List<Act> nested = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (r.doc.quoteAt(s.token(i).start()) != null) {
                Cues.Cue cue = Cues.at(s.token(i));
                if (cue != null && !blocked(r, i)) {
                    nested.add(new Act(Act.Kind.CUE, i, i + 1, cue, true));
                }
                continue;
            }
            Act act = detect(r, i);
            if (act != null) {
                acts.add(act);
                i = act.to - 1;
            }
        }
        for (Act a : acts) {
            Speakers.Found f = switch (a.kind) {
                case ACCORDING, CITING -> after(r, a.to);
                default -> before(r, a);
            };
            if (f == null && a.kind != Act.Kind.ACCORDING && a.kind != Act.Kind.CITING) {
                f = inverted(r, a);
            }
            if (f == null && a.kind == Act.Kind.ACCORDING) {
                f = seenBy(r, a.to);
            }
            if (f != null) {
                a.speaker = f.entity();
                a.speakerFrom = f.from();
                a.speakerTo = f.to();
                a.rule = a.rule == null ? a.kind.name().toLowerCase() + ":" + f.how() : a.rule;
            }
        }
        Chains.link(r, acts);
        quoted(r, acts, nested);
        return acts;
    }

    /** 'Lavrin told me, "We are ready,"' inside Arslan's quotation: Lavrin's claim, relayed by Arslan. */
    private static void quoted(Reading r, List<Act> acts, List<Act> nested) {
        for (Act n : nested) {
            Mention m = r.entities.at(r.s, n.from - 1);
            Act outer = acts.stream().filter(Act::speaks).findFirst().orElse(null);
            if (m == null || m.to() != n.from || outer == null || m.entity() == outer.speaker) {
                continue;
            }
            n.speaker = m.entity();
            n.speakerFrom = m.from();
            n.speakerTo = m.to();
            n.outer = outer;
            n.via.add(outer.speaker);
            n.via.addAll(outer.via);
            n.rule = "quoted:" + m.how();
            acts.add(n);
        }
    }

    private static Act detect(Reading r, int i) {
        String w = r.w(i);
        if (w.equals("according") && r.w(i + 1).equals("to")) {
            return new Act(Act.Kind.ACCORDING, i, i + 2, new Cues.Cue("according to", ClaimType.REPORT));
        }
        if (Set.of("cast", "casts", "casting").contains(w) && r.w(i + 1).equals("doubt")) {
            return new Act(Act.Kind.CUE, i, i + 2, new Cues.Cue("cast doubt", ClaimType.STATEMENT));
        }
        if (w.equals("citing")) {
            return new Act(Act.Kind.CITING, i, i + 1, Cues.of("citing"));
        }
        if (ADOPT.contains(w) && textFollows(r, i + 1) || VOTE.contains(w) && "VERB".equals(r.t(i).tag())) {
            Act a = new Act(Act.Kind.RESOLUTION, i, i + 1, new Cues.Cue(w, ClaimType.RESOLUTION));
            a.type = ClaimType.RESOLUTION;
            return a;
        }
        Cues.Cue cue = Cues.at(r.t(i));
        if (cue == null || blocked(r, i)) {
            return null;
        }
        return new Act(Act.Kind.CUE, i, i + 1, cue);
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

    /** Negated, infinitive, passive, "what it called", "a resolution that condemns", "as saying". */
    private static boolean blocked(Reading r, int i) {
        int k = i;
        boolean negated = false;
        while (k > 0 && (SKIP.contains(r.w(k - 1)) || NEGATIONS.contains(r.w(k - 1)))) {
            negated |= NEGATIONS.contains(r.w(k - 1));
            k--;
        }
        String prev = r.w(k - 1);
        Cues.Cue cue = Cues.of(r.w(i));
        if (negated && cue.type() != ClaimType.DENIAL) {
            return true;
        }
        if (prev.equals("to") || prev.equals("as") || prev.equals("so-called")
                || BE.contains(prev) && !r.w(i + 1).equals("by") && !r.w(i).endsWith("ing")) {
            return true;
        }
        if (Set.of("it", "they", "he", "she").contains(prev) && r.w(k - 2).equals("what")) {
            return true;
        }
        return Set.of("that", "which").contains(prev) && Speakers.TEXTS.contains(r.w(k - 2));
    }

    /** The speaker phrase ending before the cue, past adverbs, auxiliaries and a parenthetical. */
    private static Speakers.Found before(Reading r, Act a) {
        int k = a.from;
        while (k > 0 && SKIP.contains(r.w(k - 1))) {
            k--;
        }
        Speakers.Found f = Speakers.endingAt(r, k);
        if (f != null) {
            return f;
        }
        if (r.w(k - 1).equals("who")) {
            int j = k - 1;
            Speakers.Found who = Speakers.endingAt(r, r.w(j - 1).equals(",") ? j - 1 : j);
            return who == null ? null : new Speakers.Found(who.entity(), j, j + 1, "who");
        }
        if (r.w(k - 1).equals(",")) {
            Speakers.Found apposed = Speakers.endingAt(r, k - 1);
            if (apposed != null && apposition(r, apposed.from())) {
                return apposed;
            }
            int open = k - 2;
            while (open > 0 && !r.w(open).equals(",")) {
                open--;
            }
            if (open > 0 && Set.of("passed", "issued", "released", "adopted", "published", "signed")
                    .contains(r.w(open + 1)) && r.w(open + 2).equals("by")) {
                Mention body = r.entities.at(r.s, k - 2);
                if (body != null && Speakers.TEXTS.contains(r.w(open - 1))) {
                    return new Speakers.Found(body.entity(), body.from(), body.to(), "text-by");
                }
            }
            if (open > 0 && !isCue(r, open, k)) {
                return Speakers.endingAt(r, open);
            }
        }
        return null;
    }

    /** "The health minister, Dr. Alain Kasongo, denied": a comma, then at most titles, before the name. */
    private static boolean apposition(Reading r, int from) {
        int k = from - 1;
        while (k > 0 && k > from - 4 && Lexicon.TITLES.contains(r.w(k))) {
            k--;
        }
        return r.w(k).equals(",");
    }

    private static boolean isCue(Reading r, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Cues.at(r.t(k)) != null) {
                return true;
            }
        }
        return false;
    }

    /** "…," said X; "…, X said" is found by {@link #before}. */
    private static Speakers.Found inverted(Reading r, Act a) {
        int k = a.from;
        while (k > 0 && SKIP.contains(r.w(k - 1))) {
            k--;
        }
        if (!INVERTIBLE.contains(a.cue.lemma()) || r.w(a.from).endsWith("ing")) {
            return null;
        }
        String prev = k == 0 ? "" : r.t(k - 1).text();
        boolean afterQuote = k > 0 && r.doc.quoteAt(r.t(k - 1).start()) != null || prev.matches("[,\u201D\u2019\"']");
        return afterQuote || k == 0 ? after(r, a.to) : null;
    }

    /** "according to a draft seen by Reuters": the outlet that saw the document is the source. */
    private static Speakers.Found seenBy(Reading r, int i) {
        for (int k = i; k < Math.min(r.s.size() - 1, i + 6); k++) {
            if (r.w(k).equals("by") && r.w(k - 1).matches("seen|obtained|reviewed|viewed")) {
                Mention m = r.entities.at(r.s, k + 1);
                if (m != null && m.entity().kind == app.claimgraph.actor.ActorKind.MEDIA) {
                    return new Speakers.Found(m.entity(), m.from(), m.to(), "seen-by");
                }
            }
        }
        return null;
    }

    /** A speaker phrase starting at {@code i}, past an article and spokesperson words. */
    static Speakers.Found after(Reading r, int i) {
        for (int end = i + 1; end <= Math.min(r.s.size(), i + 14); end++) {
            if (end > i + 1 && Set.of(",", ".", ";", "that").contains(r.w(end - 2))) {
                break;
            }
            Speakers.Found f = Speakers.endingAt(r, end);
            if (f != null && f.to() == end && lead(r, i, f.from())) {
                return f;
            }
        }
        return null;
    }

    private static boolean lead(Reading r, int i, int from) {
        for (int k = i; k < from; k++) {
            if (!Set.of("a", "an", "the", "spokesperson", "spokesman", "spokeswoman", "for", "of", "senior", "state",
                    "news", "agency").contains(r.w(k)) && !Lexicon.TITLES.contains(r.w(k))) {
                return false;
            }
        }
        return from >= i;
    }

    /** Whether a cue of this act only elaborates the act before it ("…, describing the draft as …"). */
    static boolean elaborates(Act a) {
        return a.kind == Act.Kind.CUE && ELABORATIONS.contains(a.cue.lemma()) && a.cue != null;
    }
}
