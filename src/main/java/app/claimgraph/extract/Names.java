package app.claimgraph.extract;

import java.text.Normalizer;
import java.util.Set;

import app.claimgraph.actor.ActorKind;
import app.claimgraph.api.Text;

/**
 * Finds named actors in a sentence: the gazetteer's (longest match, capitalisation respected:
 * "US" but not "us", "WHO" but not "who"), and people by their titles ("Foreign Minister Reza
 * Tavakoli"), appositions ("Rwanda's foreign minister, Jean-Paul Mugenzi,"; "Marie Dubois, a
 * researcher at …"), a known surname ("Maduro") or a name next to a speech verb.
 */
final class Names {

    private static final Set<String> PARTICLES = Set.of("bin", "ibn", "al", "el", "de", "da", "del", "della", "di",
            "du", "van", "von", "der", "den", "la", "le", "abu", "bint", "ben", "dos", "das");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "this",
            "that", "these", "those", "in", "on", "at", "for", "but", "and", "or", "as", "if", "while", "after",
            "before", "when", "his", "her", "its", "their", "our", "my", "speaking", "according", "asked", "meanwhile",
            "however", "moreover", "separately", "earlier", "later", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
            "republican", "democrat", "democratic", "opposition", "secretary-general");

    private Names() {
    }

    static void gazetteer(Reading r) {
        Sentence s = r.s;
        for (int i = 0; i < s.size(); i++) {
            if (!s.token(i).word()) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            int best = -1;
            Gazetteer.Entry found = null;
            for (int k = i; k < Math.min(s.size(), i + Gazetteer.MAX_TOKENS); k++) {
                key.append(s.token(k).fold().replace(" ", ""));
                for (Gazetteer.Hit h : r.gazetteer.lookup(key.toString())) {
                    if (caseAgrees(r.slice(i, k + 1), h.surface())) {
                        best = k + 1;
                        found = h.entry();
                        break;
                    }
                }
            }
            if (found != null && r.free(i, best)) {
                r.claim(r.known(found), i, best, "gazetteer");
                i = best - 1;
            }
        }
    }

    /** "US" names the United States, "us" does not; "The Times" is not "the times". */
    static boolean caseAgrees(String surface, String name) {
        String a = shape(surface);
        String b = shape(name);
        if (b.matches("[A-Z0-9.+&/-]{2,8}")) {
            return a.equals(b);
        }
        if (a.length() != b.length()) {
            return Character.isUpperCase(a.codePointAt(0)) || Character.isLowerCase(b.codePointAt(0));
        }
        for (int i = 0; i < b.length(); i++) {
            if (Character.isUpperCase(b.charAt(i)) && !Character.isUpperCase(a.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String shape(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").replaceAll("\\s+", "")
                .replace('\u2019', '\'');
    }

    /** Titles before a name ("President Marcus Hale") and appositions around one. */
    static void people(Reading r) {
        Sentence s = r.s;
        for (int i = 0; i < s.size(); i++) {
            if (!r.free(i, i + 1) || !nameStart(r, i)) {
                continue;
            }
            int end = nameEnd(r, i);
            if (end <= i) {
                continue;
            }
            int titleEnd = Lexicon.TITLE_HEADS.contains(r.w(i - 1)) ? i : r.w(i - 1).equals(",") ? i - 1 : -1;
            String description = null;
            if (titleEnd == i) {
                description = role(r, i);
            } else if (titleEnd == i - 1 && Lexicon.TITLE_HEADS.contains(r.w(i - 2))
                    && (end == s.size() || ",.".contains(r.w(end)) || Cues.isCue(r.w(end)))) {
                description = role(r, i - 1);
            } else if (",".equals(r.w(end)) && appositionRole(r, end + 1)) {
                description = apposition(r, end + 1);
            }
            if (description != null) {
                person(r, i, end, description, "title");
                i = end - 1;
            }
        }
    }

    /**
     * "Jerome Powell", "Janet Yellen": two or more capitalised words of which the first is a known
     * first name make a person, with the gender the name usually carries (for "she said" later).
     */
    static void firstNamed(Reading r) {
        Sentence s = r.s;
        for (int i = 0; i < s.size(); i++) {
            if (!r.free(i, i + 1) || !nameStart(r, i) || !Naming.firstName(s.token(i).text())
                    || !"PROPN".equals(s.token(i).tag()) && !(i + 1 < s.size() && "PROPN".equals(s.token(i + 1).tag()))) {
                continue;
            }
            int end = nameEnd(r, i);
            if (end - i < 2 || end - i > 4 || Lexicon.ORG_HEADS.contains(r.w(end - 1))
                    || Lexicon.MEDIA_WORDS.contains(r.w(end - 1))) {
                continue;
            }
            person(r, i, end, null, "first-name");
            i = end - 1;
        }
    }

    /** Known surnames, then names standing next to a speech verb ("said Cindy Marsh", "Arslan said"). */
    static void spokenNames(Reading r) {
        Sentence s = r.s;
        for (int i = 0; i < s.size(); i++) {
            if (!r.free(i, i + 1) || !nameStart(r, i)) {
                continue;
            }
            int end = nameEnd(r, i);
            Entity known = end == i + 1 ? r.entities.personNamed(s.token(i).text()) : null;
            if (known == null && end > i + 1) {
                known = r.entities.personNamed(r.slice(i, end));
            }
            if (known != null) {
                r.claim(known, i, end, "surname");
                i = end - 1;
                continue;
            }
            boolean propn = "PROPN".equals(s.token(i).tag()) && "PROPN".equals(s.token(end - 1).tag());
            boolean speaks = Cues.isCue(r.w(end)) || Cues.isCue(r.w(i - 1)) && (end == s.size() || ",.".contains(r.w(end)));
            if (speaks && propn && (end - i >= 2 || i > 0)) {
                person(r, i, end, null, "speaker");
                i = end - 1;
            }
        }
    }

    private static void person(Reading r, int from, int to, String description, String how) {
        String name = r.slice(from, to);
        Entity e = r.entity("p:" + Text.fold(name), () -> new Entity("p:" + Text.fold(name), name, ActorKind.PERSON,
                countryOf(r, description), null, false));
        if (e.description == null && description != null) {
            e.description = Reading.capitalise(description) + ".";
        }
        if (e.gender == 0) {
            e.gender = Naming.gender(r.t(from).text(), description == null ? r.w(from - 1) : description);
        }

        r.claim(e, from, to, how);
    }

    private static String countryOf(Reading r, String description) {
        if (description == null) {
            return null;
        }
        for (String word : description.split("[ ’']+")) {
            Gazetteer.Entry state = r.gazetteer.stateOfDemonym(Gazetteer.key(word));
            if (state == null) {
                for (Gazetteer.Hit h : r.gazetteer.lookup(Gazetteer.key(word))) {
                    if (h.entry().country() != null) {
                        return h.entry().country();
                    }
                }
            } else {
                return state.country();
            }
        }
        return null;
    }

    private static boolean nameStart(Reading r, int i) {
        Token t = r.t(i);
        return t.capitalised() && t.word() && !NOT_NAMES.contains(t.fold()) && !Lexicon.TITLE_HEADS.contains(t.fold())
                && !Cues.isCue(t.fold());
    }

    /** End (exclusive) of a person's name starting at {@code i}: capitalised words and particles, at most 5. */
    static int nameEnd(Reading r, int i) {
        int end = i;
        for (int k = i; k < Math.min(r.s.size(), i + 7) && r.free(k, k + 1); k++) {
            Token t = r.t(k);
            if (t.capitalised() && t.word() && !NOT_NAMES.contains(t.fold()) && !Cues.isCue(t.fold())) {
                end = k + 1;
            } else if (joins(r, k) && k > i) {
                continue;
            } else if (!PARTICLES.contains(t.fold()) || k == i) {
                break;
            }
        }
        return end;
    }

    /** A hyphen inside a name ("Jean-Paul"): no space either side, a capital after it. */
    private static boolean joins(Reading r, int k) {
        return r.t(k).text().equals("-") && k + 1 < r.s.size() && r.t(k - 1).end() == r.t(k).start()
                && r.t(k + 1).start() == r.t(k).end() && r.t(k + 1).capitalised();
    }

    /** The title words before a name, with what qualifies them ("Venezuelan President"). */
    private static String role(Reading r, int nameStart) {
        int from = nameStart;
        while (from > 0 && (Lexicon.TITLES.contains(r.w(from - 1)) || r.t(from - 1).capitalised()
                && !NOT_NAMES.contains(r.w(from - 1)) || r.w(from - 1).equals("'s"))) {
            from--;
        }
        while (from < nameStart && Set.of("a", "an", "the").contains(r.w(from))) {
            from++;
        }
        return from < nameStart ? r.slice(from, nameStart) : null;
    }

    private static boolean appositionRole(Reading r, int i) {
        for (int k = i; k < Math.min(r.s.size(), i + 8); k++) {
            String w = r.w(k);
            if (w.equals(",") || w.equals(".")) {
                return false;
            }
            if (Lexicon.TITLE_HEADS.contains(w) || Lexicon.EXPERTS.contains(w)) {
                return k == i ? false : Set.of("a", "an", "the").contains(r.w(i)) || r.w(i + 1).equals("'s");
            }
        }
        return false;
    }

    private static String apposition(Reading r, int i) {
        int end = i;
        while (end < r.s.size() && !",.;".contains(r.w(end)) && !Cues.isCue(r.w(end))) {
            end++;
        }
        int from = Set.of("a", "an", "the").contains(r.w(i)) ? i + 1 : i;
        return from < end ? r.slice(from, end) : null;
    }
}
