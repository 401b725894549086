package app.claimgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.claimgraph.actor.ActorKind;
import app.claimgraph.claim.ClaimStatus;
import app.claimgraph.claim.ClaimType;
import app.claimgraph.relationship.RelationshipStatus;
import app.claimgraph.relationship.RelationshipType;

/**
 * Relationships stated with a verb: a table of word stems → relationship type (accuse → ACCUSES,
 * condemn/denounce/criticise → CONDEMNS, sanction → SANCTIONS, support/back → SUPPORTS,
 * strike/attack → USES_FORCE_AGAINST, threaten → THREATENS, oppose → OPPOSES; halt/suspend/cease
 * + cooperation or intelligence sharing → SUSPENDS_COOPERATION_WITH and the sharing SUSPENDED).
 * The source is the verb's speaker or the nearest actor before it in its clause, the target the
 * first actor after it; each relationship cites the claims of the sentence that carry it.
 */
final class Relations {

    /** A proposed relationship and the claims it rests on. */
    static final class Found {
        final Entity source;
        final RelationshipType type;
        final Entity target;
        RelationshipStatus status;
        final String rule;
        final List<Draft> evidence = new ArrayList<>();

        Found(Entity source, RelationshipType type, Entity target, RelationshipStatus status, String rule) {
            this.source = source;
            this.type = type;
            this.target = target;
            this.status = status;
            this.rule = rule;
        }
    }

    private static final Map<String, RelationshipType> STEMS = new LinkedHashMap<>();
    /** Nouns naming an act, not an actor: the relationship's target is whoever did it. */
    private static final Set<String> EVENTS = Set.of("move", "moves", "decision", "cut", "cuts", "plan", "plans",
            "measures", "measure", "step", "steps", "announcement", "strike", "strikes", "attack", "attacks", "policy",
            "policies", "proposal", "vote", "listing", "sanctions", "law", "bill", "deal", "agreement", "action",
            "actions", "killing", "killings", "violence", "shelling", "bombing", "invasion", "raid", "raids", "crackdown",
            "arrest", "arrests", "detention", "execution", "test", "launch", "veto", "ban", "remarks", "comments",
            "statement", "accusations", "claims", "behaviour", "behavior", "conduct", "aggression", "activities");
    private static final Set<String> HALTS = Set.of("halt", "halted", "halting", "halts", "suspend", "suspended",
            "suspending", "suspends", "cease", "ceased", "ceasing", "ceases", "stop", "stopped", "stopping", "stops",
            "freeze", "froze", "frozen", "freezing", "end", "ended", "ending", "cut", "cutting");
    private static final Set<String> COOPERATION = Set.of("intelligence", "cooperation", "co-operation", "sharing",
            "data", "ties", "relations", "contacts");

    static {
        STEMS.put("accus", RelationshipType.ACCUSES);
        STEMS.put("blam", RelationshipType.ACCUSES);
        STEMS.put("condemn", RelationshipType.CONDEMNS);
        STEMS.put("denounc", RelationshipType.CONDEMNS);
        STEMS.put("critici", RelationshipType.CONDEMNS);
        STEMS.put("sanction", RelationshipType.SANCTIONS);
        STEMS.put("support", RelationshipType.SUPPORTS);
        STEMS.put("back", RelationshipType.SUPPORTS);
        STEMS.put("strik", RelationshipType.USES_FORCE_AGAINST);
        STEMS.put("struck", RelationshipType.USES_FORCE_AGAINST);
        STEMS.put("attack", RelationshipType.USES_FORCE_AGAINST);
        STEMS.put("bomb", RelationshipType.USES_FORCE_AGAINST);
        STEMS.put("threaten", RelationshipType.THREATENS);
        STEMS.put("oppos", RelationshipType.OPPOSES);
        STEMS.put("endors", RelationshipType.SUPPORTS);
        STEMS.put("blast", RelationshipType.CONDEMNS);
        STEMS.put("slam", RelationshipType.CONDEMNS);
        STEMS.put("lambast", RelationshipType.CONDEMNS);
        STEMS.put("decr", RelationshipType.CONDEMNS);
    }

    private Relations() {
    }

    /** The relationships of the current sentence; {@code drafts} are its claims, which gain narration if needed. */
    static List<Found> of(Reading r, List<Act> acts, List<Draft> drafts) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < r.s.size(); i++) {
            String w = r.w(i);
            if (HALTS.contains(w) && cooperation(r, i)) {
                Entity source = source(r, acts, i);
                Entity target = target(r, i, source, true);
                if (source != null && target != null) {
                    found.add(new Found(source, RelationshipType.SUSPENDS_COOPERATION_WITH, target,
                            RelationshipStatus.ACTIVE, "halt+cooperation"));
                    if (mentions(r, i, "intelligence")) {
                        found.add(new Found(source, RelationshipType.SHARES_INTELLIGENCE_WITH, target,
                                RelationshipStatus.SUSPENDED, "halt+intelligence"));
                    }
                }
                continue;
            }
            RelationshipType type = type(r, i);
            if (type == null) {
                continue;
            }
            Entity source = source(r, acts, i);
            Entity target = target(r, i, source, false);
            if (source != null && target != null && source != target) {
                found.add(new Found(source, type, target, RelationshipStatus.ACTIVE, "verb:" + w));
            }
        }
        for (Found f : found) {
            cite(r, f, drafts);
        }
        return found;
    }

    private static RelationshipType type(Reading r, int i) {
        String w = r.w(i);
        String tag = r.t(i).tag();
        boolean verb = "VERB".equals(tag);
        if (Set.of("support", "backing", "solidarity").contains(w) && r.w(i + 1).equals("for")
                && Set.of("expressed", "voiced", "pledged", "offered", "declared", "signalled", "signaled", "reaffirmed",
                        "expresses", "voices", "pledges", "offers", "declares", "reaffirms").contains(r.w(i - 1))) {
            return RelationshipType.SUPPORTS; // "expressed support for the strike"
        }
        if (w.equals("criticism") && r.w(i + 1).equals("of")) {
            return RelationshipType.CONDEMNS;
        }
        for (Map.Entry<String, RelationshipType> e : STEMS.entrySet()) {
            if (!w.startsWith(e.getKey()) || w.length() > e.getKey().length() + 5) {
                continue;
            }
            RelationshipType t = e.getValue();
            if (t == RelationshipType.SANCTIONS && !verb) {
                return imposes(r, i) ? t : null;
            }
            if (t == RelationshipType.USES_FORCE_AGAINST && !verb) {
                return Set.of("on", "against").contains(r.w(i + 1)) && carriedOut(r, i) ? t : null;
            }
            if (w.startsWith("back") && !Set.of("back", "backs", "backed", "backing").contains(w)) {
                return null;
            }
            return verb || t == RelationshipType.CONDEMNS ? t : null;
        }
        return null;
    }

    /** "carried out a drone strike on", "launched attacks against": the noun is an act of the subject. */
    private static boolean carriedOut(Reading r, int i) {
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (r.w(k).matches("(carr|launch|conduct|stag|mount)\\w*")) {
                return true;
            }
        }
        return false;
    }

    private static boolean imposes(Reading r, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (r.w(k).matches("impos\\w*|slap\\w*|announc\\w*|adopt\\w*")) {
                return true;
            }
        }
        return false;
    }

    private static boolean cooperation(Reading r, int i) {
        for (int k = i + 1; k < Math.min(r.s.size(), i + 4); k++) {
            if (COOPERATION.contains(r.w(k)) || r.w(k).startsWith("intelligence-sharing")) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(Reading r, int i, String word) {
        for (int k = i + 1; k < Math.min(r.s.size(), i + 4); k++) {
            if (r.w(k).startsWith(word)) {
                return true;
            }
        }
        return false;
    }

    /** The speaker whose cue the verb is, else the nearest actor before the verb in its clause. */
    private static Entity source(Reading r, List<Act> acts, int i) {
        for (Act a : acts) {
            if (a.from == i && a.speaker != null) {
                return a.speaker;
            }
        }
        for (int k = i - 1; k >= 0 && !r.w(k).equals(";"); k--) {
            Mention m = r.entities.at(r.s, k);
            if (m != null && m.entity().kind != ActorKind.MEDIA && !relayPhrase(r, m)) {
                return m.entity();
            }
        }
        return null;
    }

    /** "According to CNN, citing anonymous sources, the UK …": those are not the clause's subject. */
    private static boolean relayPhrase(Reading r, Mention m) {
        return r.w(m.from() - 1).equals("citing") || r.w(m.from() - 1).equals("to") && r.w(m.from() - 2)
                .equals("according");
    }

    private static Entity target(Reading r, int i, Entity source, boolean after) {
        int from = i + 1;
        if (after) {
            for (int k = i + 1; k < Math.min(r.s.size(), i + 10); k++) {
                if (r.w(k).equals("with")) {
                    from = k + 1;
                    break;
                }
            }
            if (from == i + 1) {
                return null;
            }
        }
        if (!after && Set.of("on", "against", "for", "of").contains(r.w(from))) {
            from++;
        }
        int end = Chunks.endOf(r, from);
        if (end > from && r.entities.at(r.s, from) == null) {
            int headEnd = from;
            while (headEnd < end && !"ADP".equals(r.tag(headEnd))) {
                headEnd++;
            }
            String head = r.w(headEnd - 1);
            if (EVENTS.contains(head)) {
                // "condemned attacks on aid workers": the attackers, when the text says ("by X"); "the move": its maker
                int by = end < r.s.size() && r.w(end).equals("by") ? Chunks.endOf(r, end + 1) : -1;
                Entity agent = by > end + 1 ? entityOf(r, end + 1, by) : null;
                return agent != null ? agent
                        : Set.of("the", "this", "that", "these").contains(r.w(from)) ? r.entities.ledeSubject(r.lede, source) : null;
            }
            Entity object = entityOf(r, from, end);
            if (object != null && object != source && object.kind != ActorKind.STATE || object != null && end - from == 1) {
                return object == source ? null : object;
            }
        }
        for (int k = from; k < Math.min(r.s.size(), from + 10); k++) {
            if (Set.of(".", ";").contains(r.w(k))) {
                break;
            }
            Mention m = r.entities.at(r.s, k);
            if (m != null && m.entity() != source) {
                return m.entity();
            }
        }
        return null;
    }

    /** The actor a phrase names, resolved as a speaker's would be (created when the text names it only there). */
    private static Entity entityOf(Reading r, int from, int to) {
        Speakers.Found f = Speakers.resolve(r, new SpeakerPhrases.Phrase(from, to, from, to, "object"));
        return f == null ? null : f.entity();
    }

    /** Cites the claims covering the verb's sentence, adding an unattributed claim if none does. */
    private static void cite(Reading r, Found f, List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.sentence == r.s.index()) {
                f.evidence.add(d);
            }
        }
        if (f.evidence.isEmpty()) {
            Draft d = new Draft(null, r.s.index());
            d.start = r.s.start();
            d.end = r.s.end();
            d.type = f.type == RelationshipType.SANCTIONS || f.type == RelationshipType.SUSPENDS_COOPERATION_WITH
                    ? ClaimType.POLICY : ClaimType.STATEMENT;
            d.status = ClaimStatus.ASSERTED;
            d.rule = "narration:" + f.rule;
            d.confidence = 0.5;
            d.subjects.add(f.source);
            d.subjects.add(f.target);
            drafts.add(d);
            f.evidence.add(d);
        } else if (f.type == RelationshipType.USES_FORCE_AGAINST || f.type == RelationshipType.THREATENS) {
            boolean reported = f.evidence.stream().allMatch(d -> d.status != ClaimStatus.ASSERTED);
            f.status = reported ? RelationshipStatus.ALLEGED : f.status;
        }
    }
}
