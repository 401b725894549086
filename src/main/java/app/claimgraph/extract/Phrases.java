package app.claimgraph.extract;

import java.util.Set;

import app.claimgraph.actor.ActorKind;

/**
 * A state's institutions named after it ("Syria's foreign ministry", "the Congolese government",
 * "its government", "Russia's parliamentary body", "the Chinese embassy in London"), and
 * organisations named by a capitalised run with an organisation word ("Marine Risk Partners",
 * "Ministry of State Security", "Radio Mitre").
 */
final class Phrases {

    private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "the", "de", "du", "des", "on", "&");
    private static final Set<String> GOVERNMENT = Set.of("government", "administration", "authorities", "cabinet",
            "junta");

    private record StateRef(Entity state, Gazetteer.Entry entry, int next) {
    }

    private Phrases() {
    }

    static void institutions(Reading r) {
        for (int i = 0; i < r.s.size(); i++) {
            StateRef ref = stateRef(r, i);
            int from = i;
            if (ref == null && Set.of("its", "his", "her", "the").contains(r.w(i))) {
                ref = implied(r, i);
                from = i + 1;
            }
            if (ref == null) {
                continue;
            }
            int end = institution(r, ref, from, from > i && r.w(i).equals("the"));
            if (end > 0) {
                i = end - 1;
            }
        }
    }

    /** A demonym ("Venezuelan"), a state's possessive ("Syria's") or a state used as a modifier ("U.S."). */
    private static StateRef stateRef(Reading r, int i) {
        Mention m = r.entities.at(r.s, i);
        if (m != null && m.from() == i && m.entity().kind == ActorKind.STATE) {
            int next = r.w(m.to()).equals("'s") ? m.to() + 1 : m.to();
            return new StateRef(m.entity(), m.entity().entry, next);
        }
        if (m == null && r.t(i).capitalised()) {
            Gazetteer.Entry state = r.gazetteer.stateOfDemonym(Gazetteer.key(r.t(i).text()));
            if (state != null) {
                return new StateRef(r.known(state), state, i + 1);
            }
        }
        return null;
    }

    /** "its government" (the last state named), "his government" (the last person's), "the ministry" (the main state). */
    private static StateRef implied(Reading r, int i) {
        Entity state;
        int at = r.t(i).start();
        if (r.w(i).equals("its")) {
            state = r.entities.recent(at, e -> e.kind == ActorKind.STATE);
        } else if (r.w(i).equals("the")) {
            state = r.entities.mainState();
        } else {
            Entity person = r.entities.recent(at, e -> e.kind == ActorKind.PERSON && e.country != null);
            state = person == null ? null : r.entities.recent(Integer.MAX_VALUE,
                    e -> e.kind == ActorKind.STATE && e.country.equals(person.country));
            if (state == null && person != null && r.gazetteer.state(person.country) != null) {
                state = r.known(r.gazetteer.state(person.country));
            }
        }
        return state == null || state.entry == null ? null : new StateRef(state, state.entry, i + 1);
    }

    /** Claims the institution named at {@code q} after the state reference; returns its end, or -1. */
    private static int institution(Reading r, StateRef ref, int from, boolean tentative) {
        int q = ref.next();
        if (Set.of("national", "federal").contains(r.w(q)) && Set.of("police", "army", "government").contains(r.w(q + 1))) {
            q++;
        }
        String adj = Gazetteer.adjective(ref.entry());
        String w = r.w(q);
        String w2 = r.w(q + 1);
        if (!r.free(q, q + 1)) {
            return -1;
        }
        Entity e = null;
        int end = -1;
        if (Lexicon.MINISTRY_TOPICS.contains(w) && Set.of("ministry", "department", "office").contains(w2)) {
            e = r.institution("min", adj + " " + Reading.titleCase(w + " " + w2), ActorKind.GOVERNMENT, ref.state(), tentative);
            end = q + 2;
        } else if (GOVERNMENT.contains(w) || w.equals("military") && GOVERNMENT.contains(w2)) {
            end = GOVERNMENT.contains(w) ? q + 1 : q + 2;
            e = r.institution("gov", "Government of " + Reading.the(ref.entry().name()), ActorKind.GOVERNMENT, ref.state(), tentative);
        } else if ((w.equals("presidential") || w.equals("president") && w2.equals("'s")) && r.w(q + 2).equals("office")
                || w.equals("presidential") && w2.equals("office")) {
            end = w2.equals("office") ? q + 2 : q + 3;
            e = r.institution("office", adj + " presidential office", ActorKind.GOVERNMENT, ref.state(), tentative);
        } else if (w.equals("embassy")) {
            end = q + 1;
            String place = "";
            if (r.w(q + 1).equals("in") && q + 2 < r.s.size() && r.t(q + 2).capitalised()) {
                place = " in " + r.t(q + 2).text();
                end = q + 3;
                Mention city = r.entities.at(r.s, q + 2);
                if (city != null && city.from() == q + 2 && city.to() == q + 3) {
                    r.entities.remove(city); // "the Chinese embassy in London": London is where, not who
                    r.release(q + 2, q + 3);
                }
            }
            e = r.institution("embassy", adj + " embassy" + place, ActorKind.GOVERNMENT, ref.state(), tentative);
        } else if (w.equals("police")) {
            end = w2.equals("service") ? q + 2 : q + 1;
            e = r.institution("police", adj + " police", ActorKind.GOVERNMENT, ref.state(), tentative);
        } else if (Set.of("army", "military", "navy", "troops", "forces").contains(w)
                || w.equals("armed") && w2.equals("forces") || w.equals("air") && w2.equals("force")) {
            end = Set.of("armed", "air").contains(w) ? q + 2 : q + 1;
            e = r.institution("mil", adj + " " + r.slice(q, end).toLowerCase(java.util.Locale.ROOT), ActorKind.MILITARY,
                    ref.state(), tentative);
        } else if (w.equals("parliament") || w.equals("legislature") || w.equals("parliamentary") && w2.equals("body")) {
            end = w.equals("parliamentary") ? q + 2 : q + 1;
            e = legislature(r, ref, adj);
        } else if (w.equals("central") && w2.equals("bank")) {
            end = q + 2;
            e = r.institution("bank", "Central Bank of " + Reading.the(ref.entry().name()), ActorKind.ORGANIZATION, ref.state(), tentative);
        }
        if (e == null || !r.free(q, end)) {
            return -1;
        }
        int start = from;
        Mention m = r.entities.at(r.s, from);
        if (m != null && m.from() == from) {
            r.entities.remove(m);
        }
        r.claim(e, start, end, "institution");
        return end;
    }

    /** The state's legislature the document already named, else the gazetteer's first for it. */
    private static Entity legislature(Reading r, StateRef ref, String adj) {
        Entity named = r.entities.recent(Integer.MAX_VALUE,
                e -> e.kind == ActorKind.LEGISLATURE && ref.state().country.equals(e.country));
        if (named != null) {
            return named;
        }
        Gazetteer.Entry first = r.gazetteer.first(ActorKind.LEGISLATURE, ref.state().country);
        return first != null ? r.known(first) : r.institution("leg", adj + " parliament", ActorKind.LEGISLATURE, ref.state(), false);
    }

    /** Capitalised runs with an organisation word: "Marine Risk Partners", "Ministry of State Security". */
    static void organisations(Reading r) {
        for (int i = 0; i < r.s.size(); i++) {
            if (!r.free(i, i + 1) || !r.t(i).capitalised() || !r.t(i).word() || r.w(i).equals("the")) {
                continue;
            }
            int end = i;
            boolean org = false;
            boolean media = false;
            for (int k = i; k < r.s.size() && r.free(k, k + 1); k++) {
                Token t = r.t(k);
                if (t.capitalised() && t.word()) {
                    end = k + 1;
                    org |= Lexicon.ORG_HEADS.contains(t.fold()) || k == i && Lexicon.ORG_STARTS.contains(t.fold());
                    media |= Lexicon.MEDIA_WORDS.contains(t.fold());
                } else if (!CONNECTORS.contains(t.fold()) || k + 1 >= r.s.size() || !r.t(k + 1).capitalised()) {
                    break;
                }
            }
            if (end - i >= 2 && (org || media)) {
                String name = r.slice(i, end);
                ActorKind kind = media && !org ? ActorKind.MEDIA : kindOf(name);
                String country = countryBefore(r, i);
                String key = "o:" + Gazetteer.key(name);
                r.claim(r.entity(key, () -> new Entity(key, name, kind, country, null, false)), i, end, "organisation");
                i = end - 1;
            }
        }
    }

    static ActorKind kindOf(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.matches(".*\\b(ministry|department|office|embassy|police)\\b.*")) {
            return ActorKind.GOVERNMENT;
        }
        if (n.matches(".*\\b(forces|army|guard|brigades?|staff)\\b.*")) {
            return ActorKind.MILITARY;
        }
        if (n.matches(".*\\b(parliament|assembly|congress|senate)\\b.*")) {
            return ActorKind.LEGISLATURE;
        }
        return ActorKind.ORGANIZATION;
    }

    /** The country of a state named just before ("the UK's National Cyber Security Centre"). */
    private static String countryBefore(Reading r, int i) {
        Mention m = i >= 2 && r.w(i - 1).equals("'s") ? r.entities.at(r.s, i - 2) : null;
        if (m == null && i >= 1) {
            Gazetteer.Entry state = r.gazetteer.stateOfDemonym(Gazetteer.key(r.t(i - 1).text()));
            return state == null ? null : state.country();
        }
        return m != null && m.entity().kind == ActorKind.STATE ? m.entity().country : null;
    }
}
