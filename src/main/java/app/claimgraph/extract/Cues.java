package app.claimgraph.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import app.claimgraph.claim.ClaimType;

/**
 * Speech and attribution verbs: every inflected form of each lemma ("say", "said", "says",
 * "saying"), with the claim type it makes. Forms that are also nouns ("reports", "claims",
 * "states") count only when tagged as verbs.
 */
final class Cues {

    /** A cue verb's lemma and the type of claim it makes. */
    record Cue(String lemma, ClaimType type) {
    }

    private static final Map<String, Cue> FORMS = new HashMap<>();
    private static final Set<String> NOUN_LIKE = Set.of("state", "states", "claim", "claims", "report", "reports",
            "call", "calls", "note", "notes", "demand", "demands", "promise", "promises", "pledge", "pledges", "vow",
            "vows", "question", "questions", "comment", "comments", "appeal", "appeals", "estimate", "estimates",
            "vote", "votes", "post", "posts", "statement", "charge", "charges", "warning", "threat", "add", "adds",
            "quote", "quotes", "reply", "replies", "response", "stress", "doubt", "welcome", "thanks", "praise");

    static {
        for (String l : new String[] { "say", "tell", "add", "state", "declare", "announce", "note", "stress",
                "insist", "argue", "explain", "reply", "respond", "write", "reiterate", "repeat", "acknowledge",
                "admit", "confirm", "claim", "assert", "maintain", "recall", "describe", "call", "urge", "demand",
                "appeal", "welcome", "praise", "thank", "express", "pledge", "promise", "vow", "suggest", "question",
                "comment", "tweet", "post", "emphasise", "emphasize", "underline", "contend", "concede" }) {
            add(l, ClaimType.STATEMENT);
        }
        for (String l : new String[] { "predict", "estimate", "forecast", "expect" }) {
            add(l, ClaimType.ASSESSMENT);
        }
        for (String l : new String[] { "accuse", "blame", "allege" }) {
            add(l, ClaimType.ACCUSATION);
        }
        for (String l : new String[] { "condemn", "denounce", "criticise", "criticize", "slam", "decry" }) {
            add(l, ClaimType.CONDEMNATION);
        }
        for (String l : new String[] { "warn", "caution", "threaten" }) {
            add(l, ClaimType.WARNING);
        }
        for (String l : new String[] { "deny", "reject", "dismiss", "refute", "rebuff" }) {
            add(l, ClaimType.DENIAL);
        }
        for (String l : new String[] { "report", "cite", "quote" }) {
            add(l, ClaimType.REPORT);
        }
        irregular("say", "said");
        irregular("tell", "told");
        irregular("write", "wrote", "written");
    }

    private Cues() {
    }

    private static void add(String lemma, ClaimType type) {
        Cue cue = new Cue(lemma, type);
        for (String form : inflect(lemma)) {
            FORMS.putIfAbsent(form, cue);
        }
    }

    private static void irregular(String lemma, String... forms) {
        for (String f : forms) {
            FORMS.put(f, FORMS.get(lemma));
        }
    }

    /** Regular English inflections: base, -s, -ed, -ing. */
    static Set<String> inflect(String l) {
        String stem = l;
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
            boolean doubled = l.matches(".*[^aeiou][aeiou][bdgmnprt]") && !l.matches(".*(en|er|on|it|ect|ain)")
                    || l.equals("admit") || l.equals("regret") || l.equals("commit");
            String d = doubled ? l + l.charAt(l.length() - 1) : l;
            third = l.matches(".*(s|sh|ch|x|z)") ? l + "es" : l + "s";
            past = d + "ed";
            ing = d + "ing";
        }
        return Set.of(l, third, past, ing);
    }

    /** The cue a folded word is a form of, or null. */
    static Cue of(String fold) {
        return FORMS.get(fold);
    }

    static boolean isCue(String fold) {
        return FORMS.containsKey(fold) && !NOUN_LIKE.contains(fold);
    }

    /** A cue in this sentence position: nouns ("reports", "claims") only when tagged as verbs. */
    static Cue at(Token t) {
        Cue c = FORMS.get(t.fold());
        if (c == null) {
            return null;
        }
        if (NOUN_LIKE.contains(t.fold()) && !"VERB".equals(t.tag())) {
            return null;
        }
        if (!"VERB".equals(t.tag()) && !"AUX".equals(t.tag()) && !t.fold().endsWith("ed")
                && !Set.of("said", "told", "wrote", "says").contains(t.fold())) {
            return null;
        }
        return c;
    }
}
