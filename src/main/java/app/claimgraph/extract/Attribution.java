package app.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
    static final Set<String> BE = Set.of("is", "was", "were", "are", "been", "be", "being", "'s", "'re", "am", "'m",
            "remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared", "feel", "felt",
            "became", "become", "becomes", "sounded", "sounds");
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
                if (cue != null && cue.kind() == Cues.Kind.SPEECH && !CueSites.blocked(r, i, cue)) {
                    nested.add(new Act(Act.Kind.CUE, i, i + 1, cue, true));
                }
                continue;
            }
            Act act = CueSites.detect(r, i);
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

    /** The first token of the run of adverbs, auxiliaries and negations before {@code i}. */
    static int back(Reading r, int i, boolean pastBe) {
        int k = i;
        while (k > 0) {
            int t = Temporal.before(r, k);
            if (t < k) {
                k = t;
            } else if (SKIP.contains(r.w(k - 1)) || CueSites.NEGATIONS.contains(r.w(k - 1))
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
