package app.claimgraph.extract;

import java.util.List;
import java.util.Set;

import app.claimgraph.actor.ActorKind;
import app.claimgraph.claim.ClaimType;

/**
 * Links the acts of a sentence into relaying chains: "according to CNN, citing anonymous sources"
 * (claimant the sources, via CNN), "X reported …, citing Y", "told CNN", "in an interview with
 * Bloomberg", "the agency quoted X as saying", "…, according to the Times" after another speaker;
 * gives participles ("…, accusing") the clause subject and coordinated cues ("and called for") the
 * previous speaker; and lets a source keep the relays it first came through.
 */
final class Chains {

    static final Set<String> INTRO = Set.of("according", "citing", "in", "on", "speaking", "however",
            "meanwhile", "separately", "earlier", "later", "moreover", "also", "but", "and", "yet", "still");

    private Chains() {
    }

    static void link(Reading r, List<Act> acts) {
        Act previous = null;
        for (Act a : acts) {
            switch (a.kind) {
                case CITING -> citing(r, acts, a, previous);
                case ACCORDING -> according(acts, a);
                default -> speaker(r, a, previous);
            }
            if (a.speaks()) {
                relays(r, a);
            }
            if (a.claims()) {
                previous = a;
            }
        }
        boolean speech = acts.stream().anyMatch(a -> a.speaks() && a.kind != Act.Kind.RESOLUTION
                && (a.speaker.kind == ActorKind.ANONYMOUS_SOURCE || a.speaker.kind == ActorKind.MEDIA));
        for (Act a : acts) {
            // "Hungary voted for the measures, two EU diplomats said": the vote is what the diplomats report.
            // A person's vote ("Senator Becker, who voted against the package") is not a resolution.
            boolean vote = a.kind == Act.Kind.RESOLUTION && a.cue.lemma().startsWith("vot");
            if (vote && (speech || a.speaker != null && a.speaker.kind == ActorKind.PERSON)) {
                a.merged = true;
            }
        }
        for (Act a : acts) {
            if (a.speaks() && a.via.isEmpty() && !a.speaker.relays.isEmpty() && a.speaker.onlyWhenUsed) {
                a.via.addAll(a.speaker.relays);
            }
            if (a.speaks() && !a.via.isEmpty() && a.speaker.relays.isEmpty()) {
                a.speaker.relays = List.copyOf(a.via);
            }
        }
    }

    /** "citing Y" re-attributes the act it belongs to; "citing a desire to …" is the subject's motive. */
    private static void citing(Reading r, List<Act> acts, Act a, Act previous) {
        Act target = previous;
        if (target == null || target.kind == Act.Kind.CITING) {
            target = acts.stream().filter(x -> x.from > a.from && x.kind != Act.Kind.CITING && x.speaker != null)
                    .findFirst().orElse(null);
        }
        if (a.speaker != null && a.speaker.kind != ActorKind.STATE) {
            a.merged = true;
            if (target != null && target.speaker != null && target.speaker != a.speaker) {
                target.via.add(0, target.speaker);
                target.speaker = a.speaker;
                target.speakerFrom = a.speakerFrom;
                target.speakerTo = a.speakerTo;
                target.rule = target.rule + "+citing";
            }
            return;
        }
        Mention subject = subject(r, a.from);
        if (previous == null || subject == null) {
            a.merged = true;
            return;
        }
        a.speaker = subject.entity();
        a.merged = false;
        a.speakerFrom = subject.from();
        a.speakerTo = subject.to();
        a.inherited = true;
        a.via.addAll(previous.via);
        a.via.add(previous.speaker);
        a.type = ClaimType.ASSESSMENT;
        a.rule = "citing:motive";
    }

    /** "…, according to the Times" after a speaker relays that speaker; otherwise X is the claimant. */
    private static void according(List<Act> acts, Act a) {
        if (a.speaker == null) {
            a.merged = a.speakerFrom < 0;
            return;
        }
        boolean relay = a.speaker.kind == ActorKind.MEDIA;
        for (Act other : acts) {
            if (other == a || other.speaker == null || other.merged || other.kind == Act.Kind.CITING) {
                continue;
            }
            if (!relay) {
                other.merged = true;
            } else if (relay && other.speaker != a.speaker) {
                other.via.add(0, a.speaker);
                a.merged = true;
            }
        }
    }

    private static void speaker(Reading r, Act a, Act previous) {
        if (a.speaker != null) {
            if (a.cue.lemma().equals("quote")) {
                Speakers.Found quoted = Attribution.after(r, a.to);
                if (quoted != null) {
                    a.via.add(a.speaker);
                    a.speaker = quoted.entity();
                    a.rule = "quoted-as-saying";
                }
            }
            return;
        }
        if (a.speakerFrom >= 0) {
            return;
        }
        int k = Attribution.back(r, a.from, false);
        boolean participle = r.w(a.from).endsWith("ing")
                && (k == 0 || Set.of(",", "\u2014", "\u2013", "--", "by", "while", "after", "before", "when").contains(r.w(k - 1)));
        boolean coordinated = Set.of("and", "but").contains(r.w(k - 1))
                || r.w(k - 1).equals(",") && !participle && previous != null;
        Mention acting = participle ? actingBefore(r, k - 1) : null;
        if (participle && previous != null && Attribution.elaborates(a)) {
            a.merged = true;
        } else if (acting != null && (previous == null || previous.to <= acting.from())) {
            inherit(a, acting.entity(), acting.from(), acting.to(), "participle");
        } else if ((coordinated || participle) && previous != null && previous.kind != Act.Kind.CITING) {
            inherit(a, previous.speaker, previous.speakerFrom, previous.speakerTo,
                    participle ? "participle" : "coordinated");
            a.via.addAll(previous.via);
        } else if (participle || coordinated) {
            Speakers.Found subject = clauseSubject(r, a.from);
            if (subject != null) {
                inherit(a, subject.entity(), subject.from(), subject.to(), "subject");
            }
        }
    }

    private static void inherit(Act a, Entity speaker, int from, int to, String how) {
        a.merged &= speaker == null && from < 0;
        a.speaker = speaker;
        a.speakerFrom = from;
        a.speakerTo = to;
        a.inherited = from >= 0;
        a.rule = a.kind.name().toLowerCase() + ":" + how;
    }

    /** The subject of the clause a participle or coordinated cue continues: a known actor, else the first phrase. */
    private static Speakers.Found clauseSubject(Reading r, int before) {
        for (int k = before - 1; k > 0; k--) {
            if (r.w(k).equals(";") || r.doc.quoteAt(r.t(k).start()) != null) {
                break;
            }
            boolean finite = ("VERB".equals(r.tag(k)) || "AUX".equals(r.tag(k)))
                    && (!r.w(k).endsWith("ing") || Attribution.BE.contains(r.w(k - 1))) && !Chunks.name(r, k);
            if (finite) {
                int at = Attribution.back(r, k, true);
                SpeakerPhrases.Phrase p = SpeakerPhrases.before(r, at);
                if (p != null && Speakers.canSpeak(r, p)) {
                    Speakers.Found f = Speakers.resolve(r, p);
                    return f != null ? f : new Speakers.Found(null, p.from(), p.to(), "unsettled");
                }
            }
        }
        Mention m = subject(r, before);
        if (m != null) {
            return new Speakers.Found(m.entity(), m.from(), m.to(), "subject");
        }
        if (before <= 2) {
            // "After thanking the crowd, he touted …": the subject follows the opening phrase
            int comma = before;
            while (comma < r.s.size() && !r.w(comma).equals(",") && comma - before < 15) {
                comma++;
            }
            SpeakerPhrases.Phrase p = comma + 1 < r.s.size() && r.w(comma).equals(",") ? SpeakerPhrases.after(r, comma + 1) : null;
            if (p != null && ("VERB".equals(r.tag(p.to())) || "AUX".equals(r.tag(p.to()))) && Speakers.canSpeak(r, p)) {
                return Speakers.resolve(r, p);
            }
        }
        int start = 0;
        while (start < before && (Chains.INTRO.contains(r.w(start)) || !r.t(start).word())) {
            start++;
        }
        int end = Chunks.endOf(r, start);
        if (end <= start || end > before || !"VERB".equals(r.t(Math.min(end, r.s.size() - 1)).tag())
                && !"AUX".equals(r.t(Math.min(end, r.s.size() - 1)).tag())) {
            return null;
        }
        return Speakers.resolve(r, new SpeakerPhrases.Phrase(start, end, start, end, "subject"));
    }

    /** The last actor before {@code end} that a verb follows: the subject of the clause a participle trails. */
    private static Mention actingBefore(Reading r, int end) {
        for (int k = end - 1; k >= 0; k--) {
            Mention m = r.entities.at(r.s, k);
            if (m != null && m.to() == k + 1 && r.doc.quoteAt(r.t(k).start()) == null) {
                int v = m.to();
                while (v < end && Attribution.SKIP.contains(r.w(v))) {
                    v++;
                }
                String tag = v < r.s.size() ? r.tag(v) : "";
                if (v < end && ("VERB".equals(tag) || "AUX".equals(tag))) {
                    return m;
                }
            }
        }
        return null;
    }

    /** "told CNN", "in an interview with Bloomberg", "speaking to Reuters": the outlet relays. */
    private static void relays(Reading r, Act a) {
        if (a.kind == Act.Kind.CUE && a.cue.lemma().equals("tell")) {
            Mention m = firstMention(r, a.to, a.to + 4);
            if (m != null && m.entity().kind == ActorKind.MEDIA && !a.via.contains(m.entity())) {
                a.via.add(m.entity());
            }
        }
        for (int i = 0; i + 2 < r.s.size(); i++) {
            boolean interview = r.w(i).equals("interview") && Set.of("with", "to", "on").contains(r.w(i + 1));
            boolean speaking = Set.of("speaking", "talking", "appearing", "writing").contains(r.w(i))
                    && Set.of("to", "on", "with", "in").contains(r.w(i + 1));
            if (interview || speaking) {
                Mention m = firstMention(r, i + 2, i + 5);
                if (m != null && m.entity().kind == ActorKind.MEDIA && m.entity() != a.speaker
                        && !a.via.contains(m.entity())) {
                    a.via.add(m.entity());
                }
            }
        }
    }

    private static Mention firstMention(Reading r, int from, int to) {
        for (int k = from; k < Math.min(to, r.s.size()); k++) {
            Mention m = r.entities.at(r.s, k);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** The subject of the main clause, past an introductory phrase ("According to X, citing Y, the UK …"). */
    static Mention subject(Reading r, int before) {
        int start = 0;
        while (start < before && INTRO.contains(r.w(start))) {
            int comma = start;
            while (comma < before && !r.w(comma).equals(",")) {
                comma++;
            }
            if (comma >= before) {
                break;
            }
            start = comma + 1;
        }
        for (int k = start; k < Math.min(before, start + 4); k++) {
            Mention m = r.entities.at(r.s, k);
            if (m != null) {
                return m;
            }
        }
        return null;
    }
}
