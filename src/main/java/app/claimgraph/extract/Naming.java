package app.claimgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import app.claimgraph.actor.ActorKind;
import app.claimgraph.api.Text;

/**
 * Actors the gazetteer has never seen, named from the words of a source phrase: a capitalised
 * name ("Diane Swonk", "Fyffes", "Finland's National Bureau of Investigation") typed by its shape
 * (a first name or a title makes a person, an organisation word an organisation, a news word an
 * outlet); a role or collective without a name ("a military spokesman", "villagers downstream")
 * as an anonymous source or group named by its phrase; a body named by its owner ("Trump's
 * campaign"). A place ("the Swat valley") is never a speaker. Also the gender a person's first
 * name, title or role gives, for pronouns.
 */
final class Naming {

    private static final Map<String, Character> FIRST_NAMES = new HashMap<>();
    private static final Set<String> MALE_TITLES = Set.of("mr.", "mr", "sir", "lord", "king", "prince", "sheikh",
            "spokesman", "chairman", "congressman", "businessman", "father", "brother", "son", "husband", "uncle");
    private static final Set<String> FEMALE_TITLES = Set.of("ms.", "ms", "mrs.", "mrs", "miss", "dame", "lady",
            "queen", "princess", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "mother", "sister",
            "daughter", "wife", "aunt");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    static {
        try (InputStream in = Naming.class.getClassLoader().getResourceAsStream("extract/first-names.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    FIRST_NAMES.put(Text.fold(f[0]), f[1].charAt(0));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Naming() {
    }

    /** 'm' or 'f' when the first name, title or role says so, else 0. */
    static char gender(String firstWord, String roleWords) {
        for (String w : Text.fold(roleWords == null ? "" : roleWords).split("[ ,]+")) {
            if (MALE_TITLES.contains(w)) {
                return 'm';
            }
            if (FEMALE_TITLES.contains(w)) {
                return 'f';
            }
        }
        Character g = FIRST_NAMES.get(Text.fold(firstWord));
        return g == null || g == '?' ? 0 : g;
    }

    static boolean firstName(String word) {
        return FIRST_NAMES.containsKey(Text.fold(word));
    }

    /** The actor the words [from, to) name when no mention covers them, created; null for a place or a bare text. */
    static Speakers.Found create(Reading r, int from, int to) {
        int last = to - 1;
        while (last > from && !r.t(last).word()) {
            last--;
        }
        if (last < from || !r.t(last).word() || Chunks.personal(r, last) || Set.of("i", "we", "you", "me", "us", "him",
                "them", "it", "this", "that", "these", "those").contains(r.w(last))) {
            return null;
        }
        if (r.t(last).capitalised() && !"NUM".equals(r.tag(last))) {
            return named(r, from, last);
        }
        String head = r.w(last);
        if (Roles.is(head, Roles.Role.PLACE) && !Roles.speaks(head) || Roles.is(head, Roles.Role.TEXT)) {
            Mention owner = owner(r, from, last);
            return owner == null || owner.entity().kind == ActorKind.STATE && Roles.is(head, Roles.Role.PLACE) ? null
                    : new Speakers.Found(owner.entity(), from, to, "text-of");
        }
        int start = from;
        while (start < last && (ARTICLES.contains(r.w(start)) || Set.of("his", "her", "its", "their").contains(r.w(start)))) {
            start++;
        }
        Mention owner = owner(r, from, last);
        if (Roles.is(head, Roles.Role.BODY) && owner != null) {
            // "Trump's campaign", "Israel's prime minister's office": named as the text names it; a state's body governs
            String name = r.slice(start, last + 1);
            Entity o = owner.entity();
            boolean state = o.kind == ActorKind.STATE || o.kind == ActorKind.GOVERNMENT;
            ActorKind kind = Phrases.kindOf(name);
            kind = state && kind == ActorKind.ORGANIZATION && !head.equals("party") && !head.equals("company")
                    ? ActorKind.GOVERNMENT : kind;
            Speakers.Found f = found(r, from, to, "o:" + Text.fold(name), name, kind, false, "owner");
            if (state && f.entity().parent == null && f.entity() != o) {
                f.entity().parent = o.kind == ActorKind.STATE ? o : o.parent;
            }
            return f;
        }
        if (!Roles.speaks(head) && !Lexicon.GROUP_NOUNS.contains(head) && !Lexicon.SOURCE_NOUNS.contains(head)) {
            return null;
        }
        String phrase = Reading.capitalise(r.slice(start, last + 1));
        boolean plural = head.endsWith("s") && !head.endsWith("ss") || Roles.is(head, Roles.Role.GROUP);
        boolean definite = r.w(from).equals("the") || owner != null;
        if (!plural && owner == null && (r.w(from).equals("the") && start == last - (last > start ? 1 : 0)
                || Set.of("his", "her", "its", "their").contains(r.w(from)))) {
            return null; // "the ministry", "his office" with nothing before them to point at: not settled
        }
        ActorKind kind = Roles.is(head, Roles.Role.BODY) ? ActorKind.ORGANIZATION
                : Roles.is(head, Roles.Role.MEDIA) ? ActorKind.MEDIA
                        : plural && !definite ? ActorKind.GROUP : ActorKind.ANONYMOUS_SOURCE;
        return found(r, start, to, "n:" + Text.fold(phrase), phrase, kind, true, "phrase");
    }

    /** "The central bank of Nigeria" (words [from, to) before "of"), named after the state. */
    static Speakers.Found of(Reading r, int from, int to, Entity state) {
        int start = ARTICLES.contains(r.w(from)) ? from + 1 : from;
        String head = r.w(to - 1);
        String name = Reading.titleCase(r.slice(start, to).toLowerCase(java.util.Locale.ROOT)) + " of " + Reading.the(state.name);
        ActorKind kind = Roles.is(head, Roles.Role.PERSON) ? ActorKind.PERSON : Phrases.kindOf(name);
        Speakers.Found f = found(r, from, to, "o:" + Text.fold(name), name, kind,
                false, "of-state");
        Entity e = f.entity();
        if (e.parent == null && kind != ActorKind.PERSON) {
            e.parent = state;
        }
        return new Speakers.Found(e, from, to, "of-state");
    }

    /** A capitalised name ending at {@code last}: its run of capitalised words, past titles. */
    private static Speakers.Found named(Reading r, int from, int last) {
        int start = last;
        while (start > from && (r.t(start - 1).capitalised() && r.t(start - 1).word() || joined(r, start - 1)
                || Set.of("of", "for", "and", "&", "de", "van", "von", "al", "bin").contains(r.w(start - 1))
                        && start - 2 >= from && r.t(start - 2).capitalised())) {
            start--;
        }
        String roles = r.slice(from, start == from ? from + 1 : start);
        while (start < last && (Lexicon.TITLES.contains(r.w(start)) || ARTICLES.contains(r.w(start)))) {
            start++;
        }
        Mention inside = r.entities.at(r.s, last);
        if (inside != null) {
            return new Speakers.Found(inside.entity(), from, last + 1, inside.how());
        }
        String name = r.slice(start, last + 1);
        if (name.length() > 3 && name.equals(name.toUpperCase(java.util.Locale.ROOT)) && r.w(last + 1).equals(":")) {
            name = Reading.titleCase(name.toLowerCase(java.util.Locale.ROOT)); // "TAPPER:" in a transcript
        }
        String fold = Text.fold(name);
        String lastWord = r.w(last);
        ActorKind kind;
        if (Lexicon.MEDIA_WORDS.contains(lastWord) || Roles.is(lastWord, Roles.Role.MEDIA)
                || Text.fold(roles).matches(".*\\b(news agency|newspaper|broadcaster|outlet|network|channel|daily|tabloid|magazine)$")) {
            kind = ActorKind.MEDIA;
        } else if (Lexicon.ORG_HEADS.contains(lastWord) || Lexicon.ORG_STARTS.contains(r.w(start))
                || name.matches(".*\\b(Inc|Corp|Co|Ltd|LLC|Group|Party)\\.?$")) {
            kind = Phrases.kindOf(name);
        } else if (lastWord.endsWith("s") && start == last && !firstName(r.t(start).text())
                && Lexicon.GROUP_NOUNS.contains(lastWord)) {
            kind = ActorKind.GROUP;
        } else if (firstName(r.t(start).text()) || last > start || personish(r, from, start)) {
            kind = ActorKind.PERSON;
        } else {
            Entity person = r.entities.personNamed(name);
            if (person != null) {
                return new Speakers.Found(person, from, last + 1, "surname");
            }
            kind = Text.fold(r.t(last).text()).endsWith("s") && !personish(r, from, start) ? ActorKind.ORGANIZATION
                    : ActorKind.PERSON;
        }
        String key = (kind == ActorKind.PERSON ? "p:" : "o:") + fold;
        Speakers.Found f = found(r, start, last + 1, key, name, kind, false, "named");
        if (kind == ActorKind.PERSON && f.entity().gender == 0) {
            f.entity().gender = gender(r.t(start).text(), roles);
        }
        return new Speakers.Found(f.entity(), from, last + 1, f.how());
    }

    /** A title or person's role stands before the name ("pollster Pat Caddell", "Ms. Hughes"). */
    private static boolean personish(Reading r, int from, int start) {
        for (int k = from; k < start; k++) {
            if (Lexicon.TITLES.contains(r.w(k)) || Roles.is(r.w(k), Roles.Role.PERSON)) {
                return true;
            }
        }
        return false;
    }

    /** The actor owning a phrase's head: "Trump's campaign", "a Quinnipiac poll", "his campaign". */
    private static Mention owner(Reading r, int from, int last) {
        for (int k = from; k < last; k++) {
            Mention m = r.entities.at(r.s, k);
            if (m != null && m.from() >= from && m.to() <= last) {
                return m;
            }
        }
        return null;
    }

    private static Speakers.Found found(Reading r, int from, int to, String key, String name, ActorKind kind,
            boolean onlyWhenUsed, String how) {
        Entity e = r.entity(key, () -> new Entity(key, name, kind, null, null, onlyWhenUsed));
        if (r.free(from, to)) {
            r.claim(e, from, to, how);
        }
        return new Speakers.Found(e, from, to, how);
    }

    private static boolean joined(Reading r, int k) {
        return r.t(k).text().equals("-") && k > 0 && k + 1 < r.s.size() && r.t(k - 1).end() == r.t(k).start()
                && r.t(k + 1).start() == r.t(k).end();
    }
}
