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
            Entity p = r.entities.recent(at, e -> e.kind == ActorKind.PERSON);
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
        if (definite != null && Set.of("the", "The").contains(r.t(Math.max(0, last - 1)).text())) {
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
