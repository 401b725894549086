package app.claimgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.claimgraph.actor.ActorKind;
import app.claimgraph.api.Text;

/**
 * The shipped list of actors the reader knows without being told (src/main/resources/extract/
 * gazetteer.tsv): states with their ISO 3166 names, other names, capitals used for their
 * governments ("Washington", "Moscow") and demonyms; international organisations, legislatures,
 * government bodies, militaries and news outlets. Looked up by folded surface with white space
 * removed, so "U.S." and "U. S." agree with the tokens of the text however they were split.
 */
final class Gazetteer {

    /** One known actor. {@code metonyms} name the state's government by its capital; {@code demonyms} qualify. */
    record Entry(int id, ActorKind kind, String name, String country, List<String> aliases, List<String> metonyms,
            List<String> demonyms) {
    }

    /** How a surface form names an entry: by name or alias, or by a capital used for its government. */
    record Hit(Entry entry, boolean metonym, String surface) {
    }

    static final int MAX_TOKENS = 8;

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, List<Hit>> bySurface = new HashMap<>();
    private final Map<String, Entry> byDemonym = new HashMap<>();
    private final Map<String, Entry> statesByCountry = new HashMap<>();

    private static volatile Gazetteer shipped;

    /** The shipped gazetteer, read once. */
    static Gazetteer shipped() {
        Gazetteer g = shipped;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (shipped == null) {
                    shipped = read("extract/gazetteer.tsv");
                }
                g = shipped;
            }
        }
        return g;
    }

    static Gazetteer read(String resource) {
        Gazetteer g = new Gazetteer();
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    g.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    private void add(String[] f) {
        Entry e = new Entry(entries.size(), ActorKind.valueOf(f[0]), f[1], f[2].isEmpty() ? null : f[2], list(f[3]),
                list(f[4]), list(f[5]));
        entries.add(e);
        index(e.name(), e, false);
        e.aliases().forEach(a -> index(a, e, false));
        e.metonyms().forEach(a -> index(a, e, true));
        for (String d : e.demonyms()) {
            byDemonym.putIfAbsent(key(d), e);
        }
        if (e.kind() == ActorKind.STATE) {
            statesByCountry.put(e.country(), e);
        }
    }

    private void index(String surface, Entry e, boolean metonym) {
        bySurface.computeIfAbsent(key(surface), k -> new ArrayList<>()).add(new Hit(e, metonym, surface));
    }

    private static List<String> list(String field) {
        return field.isEmpty() ? List.of() : List.of(field.split("\\|"));
    }

    /** The lookup key of a surface form: folded, without white space. */
    static String key(String surface) {
        return Text.fold(surface).replace(" ", "");
    }

    /** Entries a surface names, best first (a name before an alias; entries in file order). */
    List<Hit> lookup(String key) {
        return bySurface.getOrDefault(key, List.of());
    }

    /** The state a demonym ("Venezuelan", "U.S.") or adjective qualifies, or null. */
    Entry stateOfDemonym(String key) {
        return byDemonym.get(key);
    }

    Entry state(String country) {
        return statesByCountry.get(country);
    }

    /** The first listed entry of this kind for the country (its main legislature, say), or null. */
    Entry first(ActorKind kind, String country) {
        for (Entry e : entries) {
            if (e.kind() == kind && country != null && country.equals(e.country())) {
                return e;
            }
        }
        return null;
    }

    /** The demonym used to name a state's bodies ("Syrian Foreign Ministry"), else its name. */
    static String adjective(Entry state) {
        return state.demonyms().isEmpty() ? state.name() : state.demonyms().get(0);
    }
}
