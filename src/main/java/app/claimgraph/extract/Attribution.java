package app.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.claimgraph.claim.ClaimType;

/**
 * Finds the acts of attribution of a sentence and the words that name their source: "X said",
 * "…, X said", "said X", "X, a spokesperson for Y, said", "X, who …, said", "The statement, passed by
 * X, accused", "…, accusing" and "and called for" (the clause's subject, found by {@link Chains}),
 * "who said", "according to X", "X was criticised by Y" and bodies adopting a resolution. The source
 * is any noun phrase ({@link Chunks}), resolved to an actor by {@link Speakers}. Negated, infinitive
 * and passive cues ("did not say", "declined to comment", "is expected") make no act; cues inside
 * quotations are the quoted speaker's ({@link #quoted}) or nobody's. Where each act's content lies,
 * and which cues stand inside another's content, is {@link Contents}' part.
 */
final class Attribution {

    static final Set<String> SKIP = Set.of("also", "later", "repeatedly", "previously", "publicly", "separately",
            "again", "earlier", "then", "already", "initially", "subsequently", "privately", "openly", "firmly",
            "flatly", "strongly", "sharply", "quickly", "swiftly", "immediately", "has", "have", "had", "will",
            "would", "could", "may", "might", "did", "does", "do", "shall", "reportedly", "allegedly", "once",
            "himself", "herself", "itself", "themselves", "formally", "officially", "angrily", "jointly", "just",
            "even", "still", "now", "recently", "often", "frequently", "always", "clearly", "further", "never",
            "ever", "simply", "only", "long", "since", "first", "last", "specifically", "explicitly",
            "directly", "widely", "generally", "largely", "personally", "apparently",
            "can", "must", "should", "'ve", "'d", "'ll", "too", "really", "actually", "certainly", "emphatically");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    static final Set<String> BE = Set.of("is", "was", "were", "are", "been", "be", "being", "'s", "'re", "am", "'m",
            "remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared", "feel", "felt",
            "became", "become", "becomes", "sounded", "sounds");
    private static final Set<String> ADOPT = Set.of("adopt", "adopted", "adopts", "adopting", "pass", "passed",
            "passes", "passing", "approve", "approved", "approves", "approving", "issue", "issued", "issues", "issuing");
    private static final Set<String> VOTE = Set.of("vote", "voted", "votes", "voting");
    /** Nouns whose "that" clause is what they report: "reports that X rejected …" is not X's claim. */
    private static final Set<String> REPORTED = Set.of("reports", "report", "claims", "claim", "allegations",
            "allegation", "suggestions", "suggestion", "accusations", "accusation", "speculation", "rumors", "rumours",
            "news", "fears", "hopes", "concerns", "charges", "assertion", "assertions", "belief", "idea", "notion",
            "impression", "sense", "evidence", "signs", "indications");

    /** Cues that may come before their speaker: '"…," said X', "…, added X", "…, wrote X". */
    private static final Set<String> INVERTIBLE = Set.of("say", "add", "declare", "write", "state", "explain", "insist",
            "note", "stress", "argue", "recall", "concede", "reply", "respond", "ask", "acknowledge", "admit", "confirm",
            "claim", "assert", "maintain", "tweet", "post", "warn", "announce", "tell", "continue", "observe", "muse",
            "quip", "joke", "remark", "predict", "suggest", "comment", "conclude", "complain", "boast", "counter",
            "caution", "write back", "point out", "report");
    private static final Set<String> ELABORATIONS = Set.of("describe", "echo", "refer to");
    /** Tokens after which a cue starts a clause of its own: '"…," said X', "…, X said". */
    private static final Set<String> BREAKS = Set.of(",", "\u201D", "\"", "''", "'", "\u2019", "\u2014", "\u2013", "--",
            ":", ";", "(");

    private Attribution() {
    }

    /** The acts of the current sentence, in text order, with their sources where found. */
    static List<Act> read(Reading r) {
        List<Act> acts = new ArrayList<>();
        Sentence s = r.s;
        if (r.transcript == s.paragraph()) {
            return acts; // the rest of a transcript's turn: the speaker's words, no attribution of their own
        }
        Act turn = Transcripts.turn(r);
        if (turn != null) {
            acts.add(turn);
            return acts;
        }
        List<Act> nested = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (r.doc.quoteAt(s.token(i).start()) != null) {
                Cues.Cue cue = Cues.at(s.token(i));
                if (cue != null && cue.kind() == Cues.Kind.SPEECH && !blocked(r, i, cue)) {
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
            SpeakerPhrases.Phrase p = source(r, a);
            if (p == null) {
                continue;
            }
            if (r.w(p.from() - 1).equals("that") && REPORTED.contains(r.w(p.from() - 2))) {
                a.merged = true; // "reports that Israel had rejected …": what is reported, not Israel's claim
                continue;
            }
            Speakers.Found f = Speakers.resolve(r, p);
            a.speakerFrom = f == null ? p.from() : f.from();
            a.speakerTo = f == null ? p.to() : f.to();
            if (f != null) {
                a.speaker = f.entity();
                a.rule = a.kind.name().toLowerCase() + ":" + f.how();
            } else if (a.cue.animate() && !Speakers.canSpeak(r, p)) {
                a.speakerFrom = -1;
                a.speakerTo = -1;
                a.merged = true;
            } else {
                a.rule = a.kind.name().toLowerCase() + ":unsettled";
            }
        }
        Chains.link(r, acts);
        Contents.bound(r, acts);
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
    private static boolean blocked(Reading r, int i, Cues.Cue cue) {
        int k = back(r, i, false);
        boolean negated = false;
        for (int j = k; j < i; j++) {
            negated |= NEGATIONS.contains(r.w(j));
        }
        String prev = r.w(k - 1);
        if (cue.adjective()) {
            return !BE.contains(prev) || negated;
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
                || BE.contains(prev) && !r.w(i + 1).equals("by") && !r.w(i).endsWith("ing")) {
            return true;
        }
        if (r.w(i).endsWith("ed") && "NOUN".equals(r.tag(i + 1)) && "ADJ".equals(r.tag(i))) {
            return true;
        }
        // "a resolution demanding …", "people saying …": a participle after a noun qualifies it
        if (r.w(i).endsWith("ing") && k == i && k > 0 && Set.of("NOUN", "PROPN").contains(r.tag(k - 1))) {
            return true;
        }
        if (Set.of("it", "they", "he", "she").contains(prev) && r.w(k - 2).equals("what")) {
            return true;
        }
        return Set.of("that", "which").contains(prev) && Speakers.TEXTS.contains(r.w(k - 2));
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

    /** The first token of the run of adverbs, auxiliaries and negations before {@code i}. */
    static int back(Reading r, int i, boolean pastBe) {
        int k = i;
        while (k > 0) {
            int t = Temporal.before(r, k);
            if (t < k) {
                k = t;
            } else if (SKIP.contains(r.w(k - 1)) || NEGATIONS.contains(r.w(k - 1))
                    || "ADV".equals(r.tag(k - 1)) && r.w(k - 1).endsWith("ly") || pastBe && BE.contains(r.w(k - 1))) {
                k--;
            } else {
                break;
            }
        }
        return k;
    }

    /** The words naming the act's source, or null (a participle or coordinated cue: {@link Chains} finds it). */
    private static SpeakerPhrases.Phrase source(Reading r, Act a) {
        if (a.kind == Act.Kind.ACCORDING || a.kind == Act.Kind.CITING) {
            return SpeakerPhrases.after(r, a.to);
        }
        int k = back(r, a.from, true);
        if (BE.contains(r.w(k)) || k < a.from && BE.contains(r.w(a.from - 1))) {
            if (r.w(a.to).equals("by")) {
                return SpeakerPhrases.after(r, a.to + 1);
            }
        }
        boolean participle = r.w(a.from).endsWith("ing") && !BE.contains(r.w(k - 1))
                && (k == 0 || Set.of(",", "\u2014", "\u2013", "--", "by", "while", "after", "before", "when").contains(r.w(k - 1)));
        if (participle || Set.of("and", "but", "or").contains(r.w(k - 1))) {
            return null;
        }
        if (Set.of("who", "which").contains(r.w(k - 1))) {
            int j = k - 1;
            SpeakerPhrases.Phrase who = SpeakerPhrases.before(r, r.w(j - 1).equals(",") ? j - 1 : j);
            return who == null ? null : new SpeakerPhrases.Phrase(j, k, who.from(), who.headTo(), "who");
        }
        SpeakerPhrases.Phrase before = SpeakerPhrases.before(r, k);
        if (before != null) {
            return before;
        }
        if ((k == 0 || BREAKS.contains(r.t(k - 1).text()) || r.doc.quoteAt(r.t(k - 1).start()) != null)
                && INVERTIBLE.contains(a.cue.lemma())) {
            return SpeakerPhrases.inverted(r, a.to);
        }
        return null;
    }

    /** A speaker phrase starting at {@code i}, resolved: "quoted X as saying". */
    static Speakers.Found after(Reading r, int i) {
        SpeakerPhrases.Phrase p = SpeakerPhrases.after(r, i);
        return p == null ? null : Speakers.resolve(r, p);
    }

    /** Whether a cue of this act only elaborates the act before it ("…, describing the draft as …"). */
    static boolean elaborates(Act a) {
        return a.kind == Act.Kind.CUE && ELABORATIONS.contains(a.cue.lemma()) && a.cue != null;
    }
}
