package app.claimgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import app.claimgraph.claim.ClaimType;

/**
 * Attribution cues, read from the word list {@code extract/cues.tsv}: every inflected form of each
 * lemma ("say", "said", "says", "saying"), phrasal ones with their particle ("call for", "point
 * out"), with the class of attribution and the claim type each makes. Forms that are also nouns or
 * adjectives ("reports", "claims", "backed") count only when tagged as verbs.
 */
final class Cues {

    /** What kind of attribution a cue makes: what its subject is and what its content is. */
    enum Kind {
        /** Said, told, accused: the subject speaks, the complement is what was said. */
        SPEECH,
        /** Endorsed, criticised, defended: a stance on the object. */
        STANCE,
        /** Believes, fears, knows. */
        BELIEF,
        /** Wants, plans, hopes. */
        INTENTION,
        /** A poll shows, records found. */
        EVIDENCE
    }

    /**
     * A cue's lemma (with its particle, "call for"), class and claim type. {@code animate}: only
     * with a subject that can speak; {@code verbOnly}: its -ed form needs a verb tag; {@code adjective}:
     * an adjective after "be".
     */
    record Cue(String lemma, Kind kind, ClaimType type, boolean animate, boolean verbOnly, boolean adjective) {

        Cue(String lemma, ClaimType type) {
            this(lemma, Kind.SPEECH, type, false, false, false);
        }

        /** The particle a phrasal cue needs after its verb ("for" of "call for"), or null. */
        String particle() {
            int space = lemma.indexOf(' ');
            return space < 0 ? null : lemma.substring(space + 1);
        }
    }

    private static final Map<String, Cue> SINGLE = new HashMap<>();
    /** Phrasal cues by verb form: "called" → {"for" → call for, "on" → call on}. */
    private static final Map<String, Map<String, Cue>> PHRASAL = new HashMap<>();
    /** Forms that are also nouns: a cue only when tagged as a verb. */
    private static final Set<String> NOUN_LIKE = Set.of("state", "states", "claim", "claims", "report", "reports",
            "call", "calls", "note", "notes", "demand", "demands", "promise", "promises", "pledge", "pledges", "vow",
            "vows", "question", "questions", "comment", "comments", "appeal", "appeals", "estimate", "estimates",
            "vote", "votes", "post", "posts", "statement", "charge", "charges", "warning", "threat", "add", "adds",
            "quote", "quotes", "reply", "replies", "response", "stress", "doubt", "doubts", "welcome", "thanks",
            "praise", "support", "supports", "back", "backs", "attack", "attacks", "view", "views", "plan", "plans",
            "hope", "hopes", "wish", "aim", "aims", "fear", "fears", "worry", "worries", "show", "shows", "finds",
            "find", "counter", "signal", "signals", "project", "projects", "remark", "remarks", "joke", "jokes",
            "hint", "hints", "echo", "echoes", "challenge", "challenges", "dispute", "disputes", "tweet", "tweets",
            "forecast", "forecasts", "mention", "mentions", "need", "favor", "favour", "concern", "concerns",
            "defense", "learning", "regard", "plea", "boast", "complaint", "ask", "request", "requests", "offer", "offers",
            "order", "orders", "rule", "rules", "email", "emails", "voice", "voices", "ruling", "offering", "ordering");
    /** Forms that are verbs wherever they stand, whatever the tagger says. */
    private static final Set<String> ALWAYS = Set.of("said", "told", "wrote", "says", "tells", "writes", "added",
            "argued", "insisted", "stressed", "tweeted", "asserted", "acknowledged", "noted", "explained");

    static {
        read("extract/cues.tsv");
    }

    private Cues() {
    }

    private static void read(String resource) {
        try (InputStream in = Cues.class.getClassLoader().getResourceAsStream(resource);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(String[] f) {
        String flags = f.length > 4 ? f[4] : "";
        Cue cue = new Cue(f[0], Kind.valueOf(f[1]), ClaimType.valueOf(f[2]), flags.contains("a"), flags.contains("x"),
                flags.contains("j"));
        String verb = cue.particle() == null ? f[0] : f[0].substring(0, f[0].indexOf(' '));
        Set<String> forms = new LinkedHashSet<>(cue.adjective() ? Set.of(verb) : inflect(verb));
        if (f.length > 3 && !f[3].isBlank()) {
            forms.addAll(Set.of(f[3].split("\\|")));
        }
        for (String form : forms) {
            if (cue.particle() == null) {
                SINGLE.putIfAbsent(form, cue);
            } else {
                PHRASAL.computeIfAbsent(form, k -> new HashMap<>()).putIfAbsent(cue.particle(), cue);
            }
        }
    }

    /** Regular English inflections: base, -s, -ed, -ing. */
    static Set<String> inflect(String l) {
        String stem;
        String third;
        String past;
        String ing;
        if (l.endsWith("y") && !"aeiou".contains(l.substring(l.length() - 2, l.length() - 1))) {
            stem = l.substring(0, l.length() - 1);
            third = stem + "ies";
            past = stem + "ied";
            ing = l + "ing";
        } else if (l.endsWith("e")) {
            third = l + "s";
            past = l + "d";
            ing = l.substring(0, l.length() - 1) + "ing";
        } else {
            boolean doubled = l.matches(".*[^aeiou][aeiou][bdgmnprt]") && !l.matches(".*(en|er|on|it|ect|ain|ow|ay|ey)")
                    || l.equals("admit") || l.equals("regret") || l.equals("commit");
            String d = doubled ? l + l.charAt(l.length() - 1) : l;
            third = l.matches(".*(s|sh|ch|x|z|o)") ? l + "es" : l + "s";
            past = d + "ed";
            ing = d + "ing";
        }
        return Set.of(l, third, past, ing);
    }

    /** A form that is also a noun ("remarks", "claims"). */
    static boolean nounLike(String fold) {
        return NOUN_LIKE.contains(fold);
    }

    /** The single-word cue a folded word is a form of, or null. */
    static Cue of(String fold) {
        return SINGLE.get(fold);
    }

    /** A form of a speech verb that is no noun: ends a name ("… Smith said"), starts no name. */
    static boolean isCue(String fold) {
        Cue c = SINGLE.get(fold);
        return c != null && c.kind() == Kind.SPEECH && !c.animate() && !NOUN_LIKE.contains(fold);
    }

    /** The phrasal cue whose verb is this token and whose particle is {@code next}, or null. */
    static Cue phrasal(Token t, String next) {
        Map<String, Cue> byParticle = PHRASAL.get(t.fold());
        return byParticle == null || !verbal(t) ? null : byParticle.get(next);
    }

    /** A cue in this sentence position: nouns ("reports", "claims") only when tagged as verbs. */
    static Cue at(Token t) {
        return at(t, false);
    }

    /**
     * A cue in this sentence position. {@code placed}: the word stands where a verb does, after a
     * noun phrase and before "that" or an object ("The poll shows that …"), whatever its tag.
     */
    static Cue at(Token t, boolean placed) {
        Cue c = SINGLE.get(t.fold());
        if (c == null) {
            return null;
        }
        if (c.adjective()) {
            return "ADJ".equals(t.tag()) || "VERB".equals(t.tag()) ? c : null;
        }
        if ((NOUN_LIKE.contains(t.fold()) || c.verbOnly()) && !"VERB".equals(t.tag())) {
            return placed && NOUN_LIKE.contains(t.fold()) ? c : null;
        }
        return verbal(t) || placed ? c : null;
    }

    private static boolean verbal(Token t) {
        return "VERB".equals(t.tag()) || "AUX".equals(t.tag()) || t.fold().endsWith("ed") || ALWAYS.contains(t.fold());
    }
}
