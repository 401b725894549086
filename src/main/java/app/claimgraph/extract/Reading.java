package app.claimgraph.extract;

import java.util.Locale;
import java.util.function.Supplier;

import app.claimgraph.actor.ActorKind;
import app.claimgraph.api.Text;

/**
 * The state of reading one document: its text, the gazetteer, the entities found so far and,
 * while a sentence is read, which of its tokens a mention already took.
 */
final class Reading {

    final Doc doc;
    final Gazetteer gazetteer;
    final Entities entities = new Entities();
    Sentence s;
    /** The paragraph that is a transcript's turn ("TAPPER: …"), whose sentences are all its speaker's; -1 for none. */
    int transcript = -1;
    /** The first sentence that is not a headline: what the report leads with. */
    int lede = -1;
    private boolean[] claimed;

    Reading(Doc doc, Gazetteer gazetteer) {
        this.doc = doc;
        this.gazetteer = gazetteer;
    }

    void begin(Sentence sentence) {
        s = sentence;
        if (lede < 0 && !sentence.headline()) {
            lede = sentence.index();
        }
        claimed = new boolean[sentence.size()];
    }

    Token t(int i) {
        return s.token(i);
    }

    /** The part-of-speech tag at {@code i}, or "" outside the sentence. */
    String tag(int i) {
        return i >= 0 && i < s.size() ? s.token(i).tag() : "";
    }

    /** The folded word at {@code i}, or "" outside the sentence. */
    String w(int i) {
        return i >= 0 && i < s.size() ? s.token(i).fold() : "";
    }

    boolean free(int from, int to) {
        if (from < 0 || to > s.size() || from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (claimed[i]) {
                return false;
            }
        }
        return true;
    }

    void release(int from, int to) {
        for (int i = from; i < to; i++) {
            claimed[i] = false;
        }
    }

    Mention claim(Entity e, int from, int to, String how) {
        for (int i = from; i < to; i++) {
            claimed[i] = true;
        }
        return entities.add(e, s, from, to, how, doc);
    }

    String slice(int from, int to) {
        return doc.slice(s.token(from).start(), s.token(to - 1).end());
    }

    Entity entity(String key, Supplier<Entity> create) {
        return entities.get(key, create);
    }

    /** The entity for a gazetteer entry. */
    Entity known(Gazetteer.Entry e) {
        return entity("g:" + e.id(), () -> new Entity("g:" + e.id(), e.name(), e.kind(), e.country(), e, false));
    }

    /**
     * A government body, military or other institution of a state, named after it. A tentative one
     * ("the army", read as the main state's) is proposed only if it speaks or is related.
     */
    Entity institution(String kind, String name, ActorKind actorKind, Entity state, boolean tentative) {
        String key = kind + ":" + (state == null ? "" : state.country) + ":" + Text.fold(name);
        Entity e = entity(key, () -> new Entity(key, name, actorKind, state == null ? null : state.country, null,
                tentative));
        e.onlyWhenUsed &= tentative;
        if (e.parent == null && state != null && state != e) {
            e.parent = state;
        }
        return e;
    }

    static String titleCase(String words) {
        StringBuilder b = new StringBuilder();
        for (String w : words.split(" ")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
        }
        return b.toString();
    }

    /** "the United States", "the Netherlands", but "Venezuela": a state's name after "of". */
    static String the(String name) {
        return name.matches("(United|Republic|Democratic|Kingdom|Netherlands|Philippines|Gambia|Bahamas|Czech|"
                + "Central African|Dominican|Maldives|Marshall|Solomon|Comoros|Holy|State of|Russian Federation).*")
                        ? "the " + name : name;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
