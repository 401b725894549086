package app.claimgraph.extract;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import app.claimgraph.actor.ActorKind;
import app.claimgraph.api.Text;

/**
 * Who a phrase in speaker position is: a named actor, a pronoun ("he" → the last person named),
 * a definite description ("the agency" → the last outlet, "the ministry", "the envoy"), "one of
 * them", an unnamed spokesperson of a body ("a State Department spokesperson", "a spokesperson
 * for the Chinese embassy") or "leaders of" a body.
 */
final class Speakers {

    /** A resolved phrase: the entity and the token range it spans. */
    record Found(Entity entity, int from, int to, String how) {
    }

    private static final Set<String> SPOKES = Set.of("spokesperson", "spokesman", "spokeswoman", "spokespeople");
    private static final Map<String, Predicate<Entity>> DEFINITES = Map.ofEntries(
            Map.entry("agency", e -> e.kind == ActorKind.MEDIA || has(e, "agency")),
            Map.entry("newspaper", e -> e.kind == ActorKind.MEDIA), Map.entry("paper", e -> e.kind == ActorKind.MEDIA),
            Map.entry("broadcaster", e -> e.kind == ActorKind.MEDIA), Map.entry("outlet", e -> e.kind == ActorKind.MEDIA),
            Map.entry("firm", e -> e.kind == ActorKind.ORGANIZATION), Map.entry("company", e -> e.kind == ActorKind.ORGANIZATION),
            Map.entry("organisation", e -> e.kind == ActorKind.ORGANIZATION),
            Map.entry("organization", e -> e.kind == ActorKind.ORGANIZATION),
            Map.entry("group", e -> e.kind == ActorKind.ORGANIZATION),
            Map.entry("bloc", e -> e.kind == ActorKind.ORGANIZATION),
            Map.entry("alliance", e -> e.kind == ActorKind.ORGANIZATION),
            Map.entry("ministry", e -> has(e, "ministry")), Map.entry("centre", e -> has(e, "centre") || has(e, "center")),
            Map.entry("center", e -> has(e, "center") || has(e, "centre")), Map.entry("council", e -> has(e, "council")),
            Map.entry("government", e -> e.kind == ActorKind.GOVERNMENT && has(e, "government")),
            Map.entry("army", e -> e.kind == ActorKind.MILITARY), Map.entry("military", e -> e.kind == ActorKind.MILITARY),
            Map.entry("police", e -> has(e, "police")), Map.entry("embassy", e -> has(e, "embassy")),
            Map.entry("parliament", e -> e.kind == ActorKind.LEGISLATURE),
            Map.entry("envoy", e -> e.kind == ActorKind.PERSON && described(e, "envoy")),
            Map.entry("minister", e -> e.kind == ActorKind.PERSON && described(e, "minister")),
            Map.entry("president", e -> e.kind == ActorKind.PERSON && described(e, "president")),
            Map.entry("official", e -> e.onlyWhenUsed && has(e, "official")),
            Map.entry("officials", e -> e.onlyWhenUsed && has(e, "official")),
            Map.entry("sources", e -> e.kind == ActorKind.ANONYMOUS_SOURCE),
            Map.entry("source", e -> e.kind == ActorKind.ANONYMOUS_SOURCE),
            Map.entry("diplomats", e -> e.onlyWhenUsed && has(e, "diplomat")));
    /** Documents a body passes or issues: "The statement, passed by Russia's parliamentary body, accused …". */
    static final Set<String> TEXTS = Set.of("statement", "resolution", "declaration", "report", "communique",
            "letter", "text", "motion", "bill", "draft", "document", "study");

    private Speakers() {
    }

    /** Who the words of a source phrase name: what the text already knows, else an actor made from the words. */
    static Found resolve(Reading r, SpeakerPhrases.Phrase p) {
        Found f = within(r, p.headFrom(), p.headTo());
        if (p.headTo() < p.to() && (f == null || f.entity().kind != ActorKind.PERSON)) {
            Found named = namedPerson(r, p.headTo(), p.to());
            f = named != null ? named : f;
        }
        if (f == null) {
            f = Naming.create(r, p.headFrom(), p.headTo());
        }
        if (f == null) {
            return null;
        }
        Mention m = r.entities.at(r.s, p.to() - 1);
        int to = m != null && m.entity() == f.entity() ? Math.max(p.to(), m.to()) : p.to();
        int from = f.from() < p.from() && f.to() > p.from() ? f.from() : p.from();
        return new Found(f.entity(), from, to, f.how());
    }

    /** A person named in an apposition ("A UN spokesperson, Ahmed Farouk,"): the speaker is the person. */
    private static Found namedPerson(Reading r, int from, int to) {
        for (int k = from; k < to; k++) {
            Mention m = r.entities.at(r.s, k);
            if (m != null && m.entity().kind == ActorKind.PERSON && m.from() >= from) {
                return new Found(m.entity(), m.from(), m.to(), m.how());
            }
        }
        int start = r.w(from).equals(",") ? from + 1 : from;
        int end = r.w(to - 1).equals(",") ? to - 1 : to;
        for (int k = start; k < end; k++) {
            if (!r.t(k).capitalised() && !Lexicon.TITLES.contains(r.w(k))) {
                return null;
            }
        }
        Found f = end - start >= 2 ? Naming.create(r, start, end) : null;
        return f != null && f.entity().kind == ActorKind.PERSON ? f : null;
    }

    /** Whether the phrase's head can speak: a name, a pronoun, a role, a body, a group or a text. */
    static boolean canSpeak(Reading r, SpeakerPhrases.Phrase p) {
        int last = p.headTo() - 1;
        Mention m = r.entities.at(r.s, last);
        String w = r.w(last);
        return m != null || r.t(last).capitalised() && r.t(last).word() || Chunks.personal(r, last)
                || Roles.speaks(w) || Lexicon.GROUP_NOUNS.contains(w) || Lexicon.SOURCE_NOUNS.contains(w);
    }

    /** A known actor the words [from, to) name: a mention ending there, a pronoun, a description, or a name inside. */
    private static Found within(Reading r, int from, int to) {
        Found f = endingAt(r, to);
        if (f != null && f.entity().kind == ActorKind.STATE && f.from() >= from + 2 && r.w(f.from() - 1).equals("of")
                && (Roles.is(r.w(f.from() - 2), Roles.Role.BODY) || Roles.is(r.w(f.from() - 2), Roles.Role.PERSON))) {
            // "the central bank of Nigeria", "the president of Nigeria": a body or person of the state, not the state
            return Naming.of(r, from, f.from() - 1, f.entity());
        }
        if (f != null) {
            return f;
        }
        for (int k = to - 1; k >= from; k--) {
            Mention m = r.entities.at(r.s, k);
            if (m != null && m.from() >= from && !r.w(m.to()).startsWith("'") && m.entity().kind != ActorKind.STATE) {
                return new Found(m.entity(), m.from(), m.to(), m.how());
            }
        }
        return null;
    }

    /** The person a "he" or "she" at {@code at} stands for: the last one named whose gender does not differ. */
    static Entity person(Reading r, int at, char gender) {
        Entity p = r.entities.recent(at, e -> e.kind == ActorKind.PERSON && (e.gender == 0 || e.gender == gender));
        if (p != null && p.gender == 0) {
            p.gender = gender;
        }
        return p;
    }

    /** The speaker whose phrase ends just before token {@code end} (exclusive), or null. */
    static Found endingAt(Reading r, int end) {
        if (end <= 0) {
            return null;
        }
        int last = end - 1;
        Mention m = r.entities.at(r.s, last);
        if (m != null && m.to() == end) {
            Found spoke = spokesperson(r, m.from(), end);
            if (spoke != null) {
                return spoke;
            }
            return new Found(leaderOf(r, m), m.from(), end, m.how());
        }
        String w = r.w(last);
        int at = r.t(last).start();
        if (Set.of("he", "she").contains(w)) {
            Entity p = person(r, at, w.equals("he") ? 'm' : 'f');
            return p == null ? null : new Found(p, last, end, "pronoun");
        }
        if (w.equals("they")) {
            Entity g = r.entities.recent(at, e -> e.plural() && e.onlyWhenUsed || e.kind == ActorKind.GROUP);
            return g == null ? null : new Found(g, last, end, "pronoun");
        }
        if (w.equals("it")) {
            Entity g = r.entities.recent(at, e -> e.kind != ActorKind.PERSON && !e.plural());
            return g == null ? null : new Found(g, last, end, "pronoun");
        }
        if (w.equals("them") && r.w(last - 1).equals("of") && r.w(last - 2).equals("one")) {
            Entity g = r.entities.recent(at, e -> e.plural() && e.onlyWhenUsed);
            return g == null ? null : new Found(g, last - 2, end, "pronoun");
        }
        Found spoke = spokesperson(r, last, end);
        if (spoke != null) {
            return spoke;
        }
        Predicate<Entity> definite = DEFINITES.get(w);
        // "the department" after "the Justice Department", "the official" after "Jane Doe, a Treasury official"
        Predicate<Entity> named = e -> Roles.is(w, Roles.Role.BODY) && e.kind != ActorKind.PERSON && has(e, w)
                || Roles.is(w, Roles.Role.PERSON) && e.kind == ActorKind.PERSON && described(e, w);
        definite = definite == null ? named : definite.or(named);
        if (Set.of("the", "The").contains(r.t(Math.max(0, last - 1)).text()) && last > 0) {
            Entity e = r.entities.recent(at, definite);
            return e == null ? null : new Found(e, last - 1, end, "definite");
        }
        return null;
    }

    /** "a State Department spokesperson", "a government spokesman" (unnamed) speak for their body. */
    private static Found spokesperson(Reading r, int from, int end) {
        int last = end - 1;
        if (SPOKES.contains(r.w(last)) && last > 0) {
            Mention body = r.entities.at(r.s, last - 1);
            if (body != null && body.entity().kind != ActorKind.PERSON) {
                return new Found(body.entity(), Math.min(from, body.from()), end, "spokesperson");
            }
        }
        // "a spokesperson for the Chinese embassy in London"
        for (int k = from; k < end - 1; k++) {
            if (SPOKES.contains(r.w(k)) && r.w(k + 1).equals("for")) {
                Mention body = r.entities.at(r.s, end - 1);
                if (body != null && body.entity().kind != ActorKind.PERSON && body.to() == end) {
                    return new Found(body.entity(), from, end, "spokesperson");
                }
            }
        }
        return null;
    }

    /** "Leaders of the Pacific Islands Forum" speak as the Forum. */
    private static Entity leaderOf(Reading r, Mention m) {
        Entity e = m.entity();
        if (e.onlyWhenUsed && Text.fold(e.name).matches("(leaders|members|heads) of .*")) {
            for (int k = m.from() + 2; k < m.to(); k++) {
                Mention inner = r.entities.at(r.s, k);
                if (inner != null && inner != m && inner.entity() != e && !inner.entity().onlyWhenUsed) {
                    return inner.entity();
                }
            }
        }
        return e;
    }

    /** The start of an unnamed spokesperson phrase ending at a body's mention ("a spokesperson for …"). */
    static int phraseStart(Reading r, int from) {
        int k = from;
        while (k > 0 && !Set.of(",", ".", ";").contains(r.w(k - 1)) && k > from - 4) {
            if (SPOKES.contains(r.w(k - 1)) || Set.of("a", "an", "the", "for").contains(r.w(k - 1))) {
                k--;
            } else {
                break;
            }
        }
        return k;
    }

    private static boolean has(Entity e, String word) {
        return Text.fold(e.name).contains(word);
    }

    private static boolean described(Entity e, String word) {
        return e.description != null && Text.fold(e.description).contains(word);
    }
}
