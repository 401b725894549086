package app.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.claimgraph.actor.ActorKind;
import app.claimgraph.claim.ClaimStatus;
import app.claimgraph.claim.ClaimType;
import app.claimgraph.api.Text;

/**
 * Turns the speaking acts of a sentence into claims: each act's clause as evidence (the whole
 * sentence when it has one act), its quotation, date, subjects, and the type and status the
 * annotation guide gives (first that applies), with a confidence from how the speaker was found.
 */
final class Claims {

    private static final Set<String> HEDGES = Set.of("allegedly", "unconfirmed", "purportedly", "unverified");
    private static final Set<String> ANAPHORS = Set.of("the", "these", "this", "those", "that", "such", "its",
            "their", "it", "them");
    private static final Set<String> BOUNDARIES = Set.of(",", ";", "and", "but", "while", "whereas");
    private static final Map<String, Double> CONFIDENCE = Map.of("mention", 0.9, "gazetteer", 0.9, "title", 0.9,
            "surname", 0.85, "speaker", 0.8, "source", 0.85, "pronoun", 0.75, "definite", 0.7, "spokesperson", 0.85);

    /** The confidence of a claim whose source is named in words the reader could not tie to an actor. */
    static final double UNSETTLED = 0.3;

    private Claims() {
    }

    static List<Draft> of(Reading r, List<Act> acts, LocalDate published) {
        List<Act> speaking = new ArrayList<>(acts.stream().filter(a -> a.claims() && !a.nested).toList());
        speaking.sort(Comparator.comparingInt(Act::clauseStart));
        List<Draft> drafts = new ArrayList<>();
        Sentence s = r.s;
        for (Act a : speaking) {
            // the sentence's only claim: its evidence is the sentence, as the annotation guide has it
            int fromToken = speaking.size() == 1 ? 0 : first(a);
            int toToken = speaking.size() == 1 ? s.size() : last(a);
            Draft d = new Draft(a, s.index());
            d.claimant = a.speaker;
            d.via.addAll(a.via);
            d.via.remove(a.speaker);
            d.start = s.token(fromToken).start();
            d.end = s.token(toToken - 1).end();
            d.cueStart = s.token(a.from).start();
            d.cueEnd = s.token(a.to - 1).end();
            source(r, a, d);
            d.rule = a.rule;
            for (int k = fromToken; k < toToken; k++) {
                a.hedged |= HEDGES.contains(r.w(k));
            }
            d.text = r.doc.slice(d.start, d.end);
            d.quote = quote(r, d.start, d.end);
            d.type = type(a, d);
            d.status = status(a, d);
            d.stated = Dates.near(r, a.from, published);
            d.confidence = confidence(a, d);
            subjects(r, d, fromToken, toToken);
            drafts.add(d);
        }
        for (Act a : acts) {
            drafts.stream().filter(d -> a.nested && d.act == a.outer).findFirst()
                    .ifPresent(outer -> drafts.add(nested(r, a, outer, published)));
        }
        return drafts;
    }

    /** A quoted speaker's claim: the quoting claim's evidence, relayed by its claimant. */
    private static Draft nested(Reading r, Act a, Draft outer, LocalDate published) {
        Draft d = new Draft(a, r.s.index());
        d.claimant = a.speaker;
        d.via.addAll(a.via);
        d.start = outer.start;
        d.end = outer.end;
        d.text = outer.text;
        d.cueStart = r.t(a.from).start();
        d.cueEnd = r.t(a.to - 1).end();
        source(r, a, d);
        d.rule = a.rule;
        d.quote = outer.quote;
        d.type = type(a, d);
        d.status = status(a, d);
        d.stated = Dates.near(r, a.from, published);
        d.confidence = 0.6;
        return d;
    }

    /** The first token of the act's evidence: its source (when it leads), cue or content. */
    private static int first(Act a) {
        int from = Math.min(a.clauseStart(), a.from);
        if (a.contentFrom >= 0) {
            from = Math.min(from, a.contentFrom);
        }
        return from;
    }

    /** The token after the act's evidence. */
    private static int last(Act a) {
        int to = a.to;
        if (a.speakerTo > to && !a.inherited) {
            to = a.speakerTo;
        }
        return Math.max(to, Math.max(a.contentTo, a.moreTo));
    }

    /** The speaker phrase's characters, when the act found its speaker in the sentence's words. */
    private static void source(Reading r, Act a, Draft d) {
        if (a.speakerFrom >= 0 && a.speakerTo > a.speakerFrom) {
            d.sourceStart = r.t(a.speakerFrom).start();
            d.sourceEnd = r.t(a.speakerTo - 1).end();
        }
    }

    private static Quotes.Quote quote(Reading r, int start, int end) {
        for (Quotes.Quote q : r.doc.quotes()) {
            if (q.open() >= start && q.close() < end && q.contentEnd() - q.contentStart() > 12) {
                return q;
            }
        }
        return null;
    }

    static ClaimType type(Act a, Draft d) {
        ClaimType cue = a.cue.type();
        if (Set.of(ClaimType.DENIAL, ClaimType.ACCUSATION, ClaimType.CONDEMNATION, ClaimType.WARNING, ClaimType.BELIEF,
                ClaimType.INTENTION).contains(cue)) {
            return cue;
        }
        if (a.type != null) {
            return a.type;
        }
        if (policy(a, d)) {
            return ClaimType.POLICY;
        }
        ActorKind kind = d.claimant == null ? null : d.claimant.kind;
        if (d.claimant != null && expert(d.claimant)) {
            return ClaimType.ASSESSMENT;
        }
        if (d.quote != null) {
            return ClaimType.STATEMENT;
        }
        if (kind == ActorKind.MEDIA || kind == ActorKind.ANONYMOUS_SOURCE
                || cue == ClaimType.REPORT && a.kind == Act.Kind.CUE) {
            return ClaimType.REPORT;
        }
        if (cue == ClaimType.ASSESSMENT) {
            return ClaimType.ASSESSMENT;
        }
        return ClaimType.STATEMENT;
    }

    /** "Uganda announced that it would screen all travellers": a measure announced is a policy. */
    private static boolean policy(Act a, Draft d) {
        if (!Set.of("announce", "declare", "order").contains(a.cue.lemma()) || d.claimant == null
                || d.claimant.kind == ActorKind.PERSON) {
            return false;
        }
        String clause = Text.fold(d.text == null ? "" : d.text);
        return clause.matches(".*\\b(would|will|to) (screen|ban|suspend|halt|impose|close|expel|recall|freeze|restrict"
                + "|withdraw|deploy|cut|stop|end|lift|introduce)\\b.*");
    }

    static ClaimStatus status(Act a, Draft d) {
        if (a.cue.type() == ClaimType.DENIAL) {
            return ClaimStatus.DENIED;
        }
        if (a.hedged) {
            return ClaimStatus.UNCONFIRMED;
        }
        ActorKind kind = d.claimant == null ? null : d.claimant.kind;
        if (!d.via.isEmpty() || kind == ActorKind.MEDIA || kind == ActorKind.ANONYMOUS_SOURCE
                || a.kind == Act.Kind.CUE && a.cue.type() == ClaimType.REPORT) {
            return ClaimStatus.REPORTED;
        }
        return ClaimStatus.ASSERTED;
    }

    private static boolean expert(Entity e) {
        String words = Text.fold(e.name + " " + (e.description == null ? "" : e.description));
        for (String w : words.split("[^a-z-]+")) {
            if (Lexicon.EXPERTS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static double confidence(Act a, Draft d) {
        if (d.claimant == null) {
            return UNSETTLED;
        }
        String how = a.rule == null ? "" : a.rule.substring(a.rule.indexOf(':') + 1).replace("+citing", "");
        double c = CONFIDENCE.getOrDefault(how, 0.7);
        if (a.kind == Act.Kind.RESOLUTION || a.rule != null && a.rule.contains("participle")) {
            c -= 0.1;
        }
        if (d.claimant.onlyWhenUsed && d.claimant.kind == ActorKind.GROUP) {
            c -= 0.05;
        }
        return Math.round(c * 100) / 100.0;
    }

    /** Named actors in the claim's clause other than its claimant and relays. */
    private static void subjects(Reading r, Draft d, int from, int to) {
        for (Mention m : r.entities.in(r.s)) {
            Entity e = m.entity();
            if (m.from() >= from && m.to() <= to && e != d.claimant && !d.via.contains(e) && !e.onlyWhenUsed
                    && (m.from() < d.act.clauseStart() || m.from() >= d.act.to || d.act.speakerFrom < 0)
                    && !(m.from() >= d.act.speakerFrom && m.to() <= d.act.speakerTo)) {
                d.subjects.add(e);
            }
        }
    }

    /**
     * "X has not confirmed the death toll": the claims of the sentence before that speak of what the
     * hedge names (a noun in common) become UNCONFIRMED. "has not confirmed reports that …" brings
     * new content and hedges nothing before it.
     */
    static void hedgeBack(Reading r, List<Draft> previous) {
        for (int i = 0; i + 1 < r.s.size(); i++) {
            if (!Set.of("not", "n't", "unable").contains(r.w(i))) {
                continue;
            }
            for (int k = i + 1; k < Math.min(r.s.size(), i + 4); k++) {
                if (r.w(k).matches("(confirm|verif|corroborat)\\w*") && ANAPHORS.contains(r.w(k + 1))) {
                    Set<String> nouns = new java.util.HashSet<>();
                    for (int n = k + 1; n < r.s.size() && !Set.of(",", ".", ";").contains(r.w(n)); n++) {
                        if ("NOUN".equals(r.t(n).tag())) {
                            nouns.add(r.w(n).replaceAll("s$", ""));
                        }
                    }
                    previous.stream().filter(d -> d.status != ClaimStatus.DENIED && speaksOf(r, d, nouns))
                            .forEach(d -> {
                                d.status = ClaimStatus.UNCONFIRMED;
                                d.rule = d.rule + "+hedged";
                            });
                    return;
                }
            }
        }
    }

    private static boolean speaksOf(Reading r, Draft d, Set<String> nouns) {
        String evidence = Text.fold(r.doc.slice(d.start, d.end));
        return nouns.stream().anyMatch(n -> n.length() > 2 && evidence.contains(n));
    }
}
