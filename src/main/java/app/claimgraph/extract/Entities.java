package app.claimgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import app.claimgraph.actor.ActorKind;
import app.claimgraph.api.Text;

/** The entities of one document and their mentions, with what coreference needs to look back. */
final class Entities {

    private final Map<String, Entity> byKey = new LinkedHashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<Integer, List<Mention>> bySentence = new HashMap<>();

    Entity get(String key, Supplier<Entity> create) {
        return byKey.computeIfAbsent(key, k -> create.get());
    }

    Mention add(Entity e, Sentence s, int from, int to, String how, Doc doc) {
        Mention m = new Mention(e, s.index(), from, to, s.token(from).start(), s.token(to - 1).end(), how);
        e.mentions.add(m);
        e.surfaces.add(doc.slice(m.start(), m.end()));
        mentions.add(m);
        bySentence.computeIfAbsent(s.index(), k -> new ArrayList<>()).add(m);
        return m;
    }

    void remove(Mention m) {
        mentions.remove(m);
        m.entity().mentions.remove(m);
        bySentence.getOrDefault(m.sentence(), new ArrayList<>()).remove(m);
    }

    /** The mentions of a sentence, in text order. */
    List<Mention> in(Sentence s) {
        List<Mention> list = new ArrayList<>(bySentence.getOrDefault(s.index(), List.of()));
        list.sort(Comparator.comparingInt(Mention::from));
        return list;
    }

    /** The widest mention covering token {@code i} of the sentence, or null. */
    Mention at(Sentence s, int i) {
        Mention best = null;
        for (Mention m : bySentence.getOrDefault(s.index(), List.of())) {
            if (m.covers(i) && (best == null || m.to() - m.from() > best.to() - best.from())) {
                best = m;
            }
        }
        return best;
    }

    /** A person named before whose last (or only) name is this word. */
    Entity personNamed(String word) {
        String f = Text.fold(word);
        for (Entity e : byKey.values()) {
            if (e.kind == ActorKind.PERSON && (Text.fold(e.surname()).equals(f) || Text.fold(e.name).equals(f))) {
                return e;
            }
        }
        return null;
    }

    /** The entity most recently mentioned before {@code offset} that passes the test. */
    Entity recent(int offset, Predicate<Entity> test) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.start() < offset && (best == null || m.start() > best.start()) && test.test(m.entity())) {
                best = m;
            }
        }
        return best == null ? null : best.entity();
    }

    /**
     * What a report is about first: the first actor its lede (sentence {@code lede}) names ("OPEC+
     * agreed …"), for "the move", "the decision" — unless that is {@code not}.
     */
    Entity ledeSubject(int lede, Entity not) {
        for (Mention m : bySentence.getOrDefault(lede, List.of()).stream().sorted(Comparator.comparingInt(Mention::from))
                .toList()) {
            if (m.entity() != not) {
                return m.entity();
            }
        }
        return null;
    }

    /** The state the document mentions most (ties: the first), or null. */
    Entity mainState() {
        Entity best = null;
        for (Entity e : byKey.values()) {
            if (e.kind == ActorKind.STATE && (best == null || e.mentions.size() > best.mentions.size())) {
                best = e;
            }
        }
        return best;
    }

    List<Entity> all() {
        return List.copyOf(byKey.values());
    }
}
