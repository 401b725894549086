package app.claimgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.claimgraph.actor.ActorKind;

/** An actor the document names, however often and in whatever words. */
final class Entity {

    final String key;
    final String name;
    final ActorKind kind;
    final String country;
    /** The known actor it is, when the gazetteer knows it. */
    final Gazetteer.Entry entry;
    /** Every way the text names it, in order of appearance. */
    final Set<String> surfaces = new LinkedHashSet<>();
    final List<Mention> mentions = new ArrayList<>();
    /** A person's gender as the text gives it (first name, title, role, a pronoun that took it): 'm', 'f' or 0. */
    char gender;
    /** A role the text gives it ("Rwanda's foreign minister"). */
    String description;
    /** The state a government body, legislature or military belongs to. */
    Entity parent;
    /** Unnamed sources and collectives are proposed only when they speak, relay or are related. */
    boolean onlyWhenUsed;
    boolean used;
    /** The relays its first attributed claim came through: later claims of the source keep them. */
    List<Entity> relays = List.of();
    /** The stored actor it was matched to, and by which name or alias. */
    Long storedId;
    String storedKey;
    String matchedBy;

    Entity(String key, String name, ActorKind kind, String country, Gazetteer.Entry entry, boolean onlyWhenUsed) {
        this.key = key;
        this.name = name;
        this.kind = kind;
        this.country = country;
        this.entry = entry;
        this.onlyWhenUsed = onlyWhenUsed;
    }

    boolean proposed() {
        return !onlyWhenUsed || used;
    }

    boolean plural() {
        return kind == ActorKind.GROUP || name.toLowerCase(java.util.Locale.ROOT).matches(".*\\b(sources|officials|"
                + "diplomats|people|delegates|witnesses|residents|aides|insiders|members)\\b.*");
    }

    /** The last word of a person's name ("Maduro" for "Nicolás Maduro"). */
    String surname() {
        String[] words = name.split(" ");
        return words[words.length - 1];
    }

    @Override
    public String toString() {
        return name + " (" + kind + ")";
    }
}
