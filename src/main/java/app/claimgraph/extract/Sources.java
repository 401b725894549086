package app.claimgraph.extract;

import java.util.Set;

import app.claimgraph.actor.ActorKind;
import app.claimgraph.api.Text;

/**
 * Unnamed sources ("two diplomats briefed on the negotiations", "a senior Hamas official", "a
 * person familiar with the matter") become ANONYMOUS_SOURCE actors named by their noun phrase;
 * collectives ("analysts", "human rights groups", "residents in Gao", "U.S. officials") become
 * GROUP actors. Both are proposed only when they speak, relay or are related. "The officials"
 * refers back to the last such phrase with the same head.
 */
final class Sources {

    private static final Set<String> COUNTS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "several", "some", "many", "few", "dozens", "one", "numerous", "multiple");
    private static final Set<String> MODIFIERS = Set.of("senior", "western", "local", "other", "top", "foreign",
            "military", "government", "security", "intelligence", "administration", "european", "independent");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> POST = Set.of("familiar", "briefed", "close", "at", "in", "from", "with", "of",
            "inside", "within");
    private static final Set<String> STOPS = Set.of("who", "which", "that", "said", "says", "told", "and", "but", "or",
            "by", "on", "to", "for", "after", "before", "since", "as", "while", "because");

    /** Words naming a share of a poll's respondents, and what may stand before or after them. */
    private static final Set<String> SHARES = Set.of("percent", "%", "third", "thirds", "quarter", "quarters", "half",
            "majority", "plurality", "minority", "fifth", "fifths");
    private static final Set<String> POLLED = Set.of("surveyed", "polled", "questioned", "interviewed", "responding",
            "asked");
    private static final Set<String> APPROX = Set.of("nearly", "about", "almost", "just", "over", "roughly", "some",
            "only", "more", "than", "fewer", "less", "a", "an", "the", "two", "three", "four", "one", "slim", "narrow",
            "clear", "solid", "bare", "vast", "large", "small", "overwhelming");

    private Sources() {
    }

    static void find(Reading r) {
        Sentence s = r.s;
        for (int h = 0; h < s.size(); h++) {
            String head = r.w(h);
            boolean source = Lexicon.SOURCE_NOUNS.contains(head);
            if (!source && !Lexicon.GROUP_NOUNS.contains(head) || !r.free(h, h + 1)
                    || s.token(h).capitalised() && h > 0) {
                continue;
            }
            int from = left(r, h);
            String article = ARTICLES.contains(r.w(from - 1)) ? r.w(from - 1) : "";
            Mention named = r.entities.at(r.s, from - 3);
            if (!article.isEmpty() && r.w(from - 2).equals(",") && named != null && named.to() == from - 2
                    && named.entity().kind == ActorKind.PERSON) {
                h = right(r, h) - 1; // "Jane Doe, a Treasury official,": her role, not another speaker
                continue;
            }
            boolean counted = COUNTS.contains(r.w(from));
            if (source && !counted && article.isEmpty() && from == h && !Lexicon.GROUP_NOUNS.contains(head)
                    && !Lexicon.ANONYMITY.contains(r.w(h + 1))) { // "people briefed on the talks" is a source
                continue;
            }
            int to = right(r, h);
            if (article.equals("the") && from == h) {
                Entity back = r.entities.recent(s.token(h).start(), e -> e.onlyWhenUsed && sameHead(e, head));
                if (back != null) {
                    r.claim(back, from - 1, h + 1, "definite");
                }
                continue;
            }
            String phrase = r.slice(from, to);
            if (from == h && to == h + 1 && Set.of("officials", "diplomats").contains(head)) {
                String qualifier = qualifier(r, from);
                phrase = qualifier == null ? phrase : qualifier + " " + phrase;
            }
            boolean anonymous = head.startsWith("source") || head.equals("person") || head.startsWith("insider")
                    || head.equals("people") && r.w(h + 1).equals("familiar") || anonymity(r, h, to)
                    || source && (counted || article.equals("a") || article.equals("an"))
                    || r.w(from).equals("anonymous") || source && to > h + 1;
            String name = Reading.capitalise(phrase);
            String key = "n:" + Text.fold(name);
            ActorKind kind = anonymous ? ActorKind.ANONYMOUS_SOURCE : ActorKind.GROUP;
            String country = country(r, from, h);
            Entity e = r.entity(key, () -> new Entity(key, name, kind, country, null, true));
            if (!article.isEmpty()) {
                e.surfaces.add(r.slice(from - 1, to));
            }
            r.claim(e, from, to, "source");
            h = to - 1;
        }
    }

    /**
     * A poll's share of its respondents ("Thirty-one percent of those surveyed", "67% of likely voters",
     * "nearly a third", "those polled"): a GROUP named by the phrase, when it speaks.
     */
    static void shares(Reading r) {
        Sentence s = r.s;
        for (int h = 0; h < s.size(); h++) {
            String w = r.w(h);
            boolean share = SHARES.contains(w) && (h > 0 && ("NUM".equals(r.tag(h - 1)) || r.w(h - 1).equals("a"))
                    || w.equals("majority") || w.equals("half"));
            boolean those = w.equals("those") && POLLED.contains(r.w(h + 1));
            if (!share && !those || !r.free(h, h + 1)) {
                continue;
            }
            int from = h;
            while (from > 0 && ("NUM".equals(r.tag(from - 1)) || APPROX.contains(r.w(from - 1))
                    || r.w(from - 1).equals("-") && from > 1 && r.t(from - 2).word())) {
                from -= r.w(from - 1).equals("-") ? 2 : 1; // "Thirty-one"
            }
            int to = those ? h + 2 : h + 1;
            if (!those && r.w(to).equals("of")) {
                int k = to + 1;
                while (k < s.size() && k < to + 8 && (r.t(k).word() || r.w(k).equals("-")) && !Cues.isCue(r.w(k))
                        && !STOPS.contains(r.w(k))
                        && (!"VERB".equals(r.tag(k)) || POLLED.contains(r.w(k))) && !"AUX".equals(r.tag(k))) {
                    k++;
                }
                to = k > to + 1 ? k : to;
            }
            if (!r.free(from, to)) {
                continue;
            }
            String name = Reading.capitalise(r.slice(from, to));
            String key = "n:" + Text.fold(name);
            Entity e = r.entity(key, () -> new Entity(key, name, ActorKind.GROUP, null, null, true));
            r.claim(e, from, to, "source");
            h = to - 1;
        }
    }

    /** Start of the phrase: counts, adjectives, nouns and named qualifiers before the head. */
    private static int left(Reading r, int h) {
        int from = h;
        while (from > 0) {
            Token t = r.t(from - 1);
            Mention m = r.entities.at(r.s, from - 1);
            if (m != null && m.to() == from && m.entity().kind != ActorKind.PERSON) {
                from = m.from();
            } else if (COUNTS.contains(t.fold()) || Lexicon.ANONYMITY.contains(t.fold()) || MODIFIERS.contains(t.fold())
                    || t.word() && !ARTICLES.contains(t.fold())
                    && Set.of("ADJ", "NOUN", "NUM", "PROPN").contains(t.tag()) && r.free(from - 1, from)
                    && !Cues.isCue(t.fold())) {
                from--;
            } else {
                break;
            }
        }
        return from;
    }

    /** End of the phrase: "familiar with the talks", "at the Congolese health ministry", "in Bamako". */
    private static int right(Reading r, int h) {
        int to = h + 1;
        if (r.w(to).equals("who")) {
            // "one analyst who declined to be identified", "a senior official who spoke on condition of anonymity"
            for (int k = to + 1; k < Math.min(r.s.size(), to + 9); k++) {
                if (Set.of("identified", "named", "anonymity", "anonymous").contains(r.w(k))) {
                    return k + 1;
                }
            }
            return to;
        }
        if (!POST.contains(r.w(to))) {
            return to;
        }
        int k = to + 1;
        if (Set.of("familiar", "briefed", "close").contains(r.w(to))) {
            k++;
        }
        int end = to;
        for (; k < r.s.size() && k < to + 10; k++) {
            Token t = r.t(k);
            if (!t.word() && !t.fold().equals("'s") || STOPS.contains(t.fold()) || Cues.at(t) != null
                    || "VERB".equals(t.tag()) || "AUX".equals(t.tag())) {
                break;
            }
            end = k + 1;
        }
        return end > to + 1 ? end : to;
    }

    private static boolean anonymity(Reading r, int from, int to) {
        for (int k = from; k < Math.min(r.s.size(), to + 6); k++) {
            if (Lexicon.ANONYMITY.contains(r.w(k)) || r.w(k).equals("not") && r.w(k + 2).equals("named")) {
                return true;
            }
        }
        return false;
    }

    /** "officials" alone, after "the U.S. government has …": the U.S. officials. */
    private static String qualifier(Reading r, int from) {
        for (int k = from - 1; k >= 0; k--) {
            Mention m = r.entities.at(r.s, k);
            if (m != null && (m.entity().kind == ActorKind.STATE || m.entity().kind == ActorKind.GOVERNMENT)) {
                Entity state = m.entity().kind == ActorKind.STATE ? m.entity() : m.entity().parent;
                if (state == null) {
                    return null;
                }
                for (String surface : m.entity().surfaces) {
                    for (String alias : state.surfaces) {
                        if (surface.contains(alias)) {
                            return alias;
                        }
                    }
                }
                return state.name;
            }
        }
        return null;
    }

    private static String country(Reading r, int from, int h) {
        for (int k = from; k < h; k++) {
            Mention m = r.entities.at(r.s, k);
            if (m != null && m.entity().country != null) {
                return m.entity().country;
            }
        }
        return null;
    }

    private static boolean sameHead(Entity e, String head) {
        String stem = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
        return Text.fold(e.name).matches(".*\\b" + stem + "s?\\b.*");
    }
}
