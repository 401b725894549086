package app.claimgraph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import app.claimgraph.document.DocumentEntity;
import app.claimgraph.document.DocumentField;

/**
 * Checks the inputs of the writes (a {@link DocumentInput}, an {@link ActorUpsertInput}, the notes of
 * the curation mutations) before anything is written, and reports all problems at once, each with
 * its path and what to change. Pure logic: no database (whether an ID exists is the writer's check).
 */
public final class InputValidator {

    public static final int MAX_TEXT = 1_000_000;
    public static final int MAX_SHORT = 500;
    public static final int MAX_SENTENCE = 4_000;
    public static final int MAX_NOTE = 2_000;

    private final List<Problem> problems = new ArrayList<>();

    private InputValidator() {
    }

    public static List<Problem> validate(DocumentInput in) {
        in.fillOmittedLists();
        InputValidator v = new InputValidator();
        v.check(in);
        return v.problems;
    }

    /** An actor to create (no id: name and kind needed) or to update (id: what is given changes). */
    public static List<Problem> validate(ActorUpsertInput in) {
        InputValidator v = new InputValidator();
        if (in.id == null) {
            if (in.name == null || in.name.isBlank()) {
                v.problem("input.name", "Give a name to create or find an actor, or give its id.");
            }
            if (in.kind == null) {
                v.problem("input.kind", "Give the kind to create or find an actor, or give its id.");
            }
        } else if (in.name != null && in.name.isBlank()) {
            v.problem("input.name", "A name cannot be blank; leave it out to keep the current one.");
        }
        v.countryCode("input.countryCode", in.countryCode);
        v.optional("input.name", in.name, MAX_SHORT);
        v.optional("input.description", in.description, MAX_SENTENCE);
        if (in.aliases != null) {
            for (int i = 0; i < in.aliases.size(); i++) {
                v.required("input.aliases[" + i + "]", in.aliases.get(i), MAX_SHORT);
            }
        }
        return v.problems;
    }

    /** New dates for a relationship: each one given or cleared, not both (the order is checked with the stored dates). */
    public static List<Problem> validate(RelationshipUpdateInput in) {
        InputValidator v = new InputValidator();
        if (in.since != null && Boolean.TRUE.equals(in.clearSince)) {
            v.problem("input.clearSince", "Give a new 'since' or clear it, not both.");
        }
        if (in.until != null && Boolean.TRUE.equals(in.clearUntil)) {
            v.problem("input.clearUntil", "Give a new 'until' or clear it, not both.");
        }
        v.optional("input.note", in.note, MAX_NOTE);
        return v.problems;
    }

    /** A free-text note of a curation mutation (at most 2,000 characters). */
    public static List<Problem> validateNote(String path, String note) {
        InputValidator v = new InputValidator();
        v.optional(path, note, MAX_NOTE);
        return v.problems;
    }

    private void problem(String path, String message) {
        problems.add(new Problem(path, message));
    }

    private void check(DocumentInput in) {
        for (DocumentField f : DocumentEntity.FIELDS) {
            if (f.required()) {
                required(f.name(), (String) in.documentField(f.name()), f.maxLength());
            } else if (f.kind() == DocumentField.Kind.TEXT) {
                optional(f.name(), (String) in.documentField(f.name()), f.maxLength());
            }
        }
        if (in.text == null || in.text.isEmpty()) {
            problem("text", "The document text is empty: give the full text the evidence spans index into.");
        } else if (in.text.length() > MAX_TEXT) {
            problem("text", "The text has " + in.text.length() + " characters; at most " + MAX_TEXT + " are accepted.");
        }

        Set<String> actorRefs = new HashSet<>();
        for (int i = 0; i < in.actors.size(); i++) {
            ActorInput a = in.actors.get(i);
            String p = "actors[" + i + "]";
            if (a == null) {
                problem(p, "Must not be null.");
                continue;
            }
            if (required(p + ".ref", a.ref, 200) && !actorRefs.add(a.ref)) {
                problem(p + ".ref", "Duplicate actor ref '" + a.ref + "': each actor of the input needs its own ref.");
            }
            if (a.id == null) {
                required(p + ".name", a.name, MAX_SHORT);
                if (a.kind == null) {
                    problem(p + ".kind", "Give the actor's kind (STATE, PERSON, MEDIA …) or the id of an existing actor.");
                }
            }
            countryCode(p + ".countryCode", a.countryCode);
            optional(p + ".description", a.description, MAX_SENTENCE);
            for (int j = 0; j < a.aliases.size(); j++) {
                required(p + ".aliases[" + j + "]", a.aliases.get(j), MAX_SHORT);
            }
        }
        for (int i = 0; i < in.actors.size(); i++) {
            ActorInput a = in.actors.get(i);
            if (a.parent != null) {
                ref(actorRefs, "actors[" + i + "].parent", a.parent, "actor");
                if (a.parent.equals(a.ref)) {
                    problem("actors[" + i + "].parent", "An actor cannot be its own parent.");
                }
            }
        }
        if (in.publisher != null) {
            ref(actorRefs, "publisher", in.publisher, "actor");
        }

        Set<String> claimRefs = new HashSet<>();
        for (int i = 0; i < in.claims.size(); i++) {
            ClaimInput c = in.claims.get(i);
            String p = "claims[" + i + "]";
            if (required(p + ".ref", c.ref, 200) && !claimRefs.add(c.ref)) {
                problem(p + ".ref", "Duplicate claim ref '" + c.ref + "': each claim of a document needs its own ref.");
            }
            required(p + ".text", c.text, MAX_SENTENCE);
            optional(p + ".quote", c.quote, MAX_SENTENCE);
            optional(p + ".dateNote", c.dateNote, 1_000);
            if (c.type == null) {
                problem(p + ".type", "Give the claim's type (REPORT, STATEMENT, ACCUSATION …).");
            }
            if (c.status == null) {
                problem(p + ".status", "Give the claim's status (ASSERTED, REPORTED, UNCONFIRMED …).");
            }
            if (c.confidence != null && (c.confidence < 0 || c.confidence > 1 || c.confidence.isNaN())) {
                problem(p + ".confidence", "Confidence must be between 0 and 1 (got " + c.confidence + ").");
            }
            if (c.datePrecision != null && c.statedOn == null) {
                problem(p + ".datePrecision", "A date precision without statedOn: give the date or drop the precision.");
            }
            if (c.claimant != null) {
                ref(actorRefs, p + ".claimant", c.claimant, "actor");
            }
            refs(actorRefs, p + ".reportedBy", c.reportedBy, "actor");
            refs(actorRefs, p + ".subjects", c.subjects, "actor");
            if (c.evidence.isEmpty()) {
                problem(p + ".evidence", "A claim needs at least one evidence span of the text.");
            }
            for (int j = 0; j < c.evidence.size(); j++) {
                span(p + ".evidence[" + j + "]", c.evidence.get(j), in.text, c.ref);
            }
        }

        for (int i = 0; i < in.claims.size(); i++) {
            ClaimInput c = in.claims.get(i);
            links(claimRefs, "claims[" + i + "].contradicts", c.contradicts, c.ref);
            links(claimRefs, "claims[" + i + "].corroborates", c.corroborates, c.ref);
        }

        Set<String> edges = new HashSet<>();
        for (int i = 0; i < in.relationships.size(); i++) {
            RelationshipInput r = in.relationships.get(i);
            String p = "relationships[" + i + "]";
            boolean ends = ref(actorRefs, p + ".source", r.source, "actor") & ref(actorRefs, p + ".target", r.target, "actor");
            if (r.type == null) {
                problem(p + ".type", "Give the relationship's type (SUPPORTS, CONDEMNS …).");
            }
            if (r.status == null) {
                problem(p + ".status", "Give the relationship's status (ACTIVE, SUSPENDED, ENDED, ALLEGED).");
            }
            if (ends && r.type != null && !edges.add(r.source + "|" + r.type + "|" + r.target)) {
                problem(p, "Duplicate relationship " + r.source + " " + r.type + " " + r.target
                        + ": list its evidence claims once.");
            }
            if (r.since != null && r.until != null && r.until.isBefore(r.since)) {
                problem(p + ".until", "'until' (" + r.until + ") is before 'since' (" + r.since + ").");
            }
            optional(p + ".description", r.description, MAX_SENTENCE);
            if (r.evidence.isEmpty()) {
                problem(p + ".evidence", "A relationship needs at least one supporting claim ref: no edge without a source.");
            }
            refs(claimRefs, p + ".evidence", r.evidence, "claim");
        }
    }

    /** Links name a claim of the input by ref, or a stored claim by ID (checked when resolved). */
    private void links(Set<String> claimRefs, String path, List<String> targets, String self) {
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < targets.size(); j++) {
            String t = targets.get(j);
            if (t == null || t.isBlank()) {
                problem(path + "[" + j + "]", "Must not be empty.");
            } else if (t.equals(self)) {
                problem(path + "[" + j + "]", "A claim cannot be linked to itself.");
            } else if (!seen.add(t)) {
                problem(path + "[" + j + "]", "'" + t + "' is listed twice.");
            } else if (!claimRefs.contains(t) && !looksLikeClaimId(t)) {
                problem(path + "[" + j + "]", "'" + t + "' is neither the ref of a claim of this input nor a Claim ID.");
            }
        }
    }

    private static boolean looksLikeClaimId(String s) {
        try {
            return app.claimgraph.node.GlobalId.decode(s, "ref").type().equals(app.claimgraph.node.GlobalId.CLAIM);
        } catch (app.claimgraph.api.ApiError e) {
            return false;
        }
    }

    private void span(String p, SpanInput s, String text, String claimRef) {
        if (text == null) {
            return;
        }
        String who = "claim '" + claimRef + "'";
        if (s.start < 0 || s.start > text.length()) {
            problem(p + ".start", "Start " + s.start + " of " + who + " is outside the text (0–" + text.length() + ").");
            return;
        }
        if (s.end <= s.start || s.end > text.length()) {
            problem(p + ".end", "End " + s.end + " of " + who + " must be after start " + s.start
                    + " and at most the text length " + text.length() + ".");
            return;
        }
        String slice = text.substring(s.start, s.end);
        if (!slice.equals(s.text)) {
            int found = s.text == null ? -1 : text.indexOf(s.text);
            problem(p + ".text", "The span text of " + who + " does not equal the document's text at ["
                    + s.start + ", " + s.end + ") (which reads \"" + abbreviate(slice) + "\")"
                    + (found >= 0 ? "; that text occurs at [" + found + ", " + (found + s.text.length()) + ")." : "."));
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    private boolean ref(Set<String> known, String path, String ref, String what) {
        if (ref == null || !known.contains(ref)) {
            problem(path, "Unknown " + what + " ref '" + ref + "': it must be the ref of one of the input's " + what + "s.");
            return false;
        }
        return true;
    }

    private void refs(Set<String> known, String path, List<String> refs, String what) {
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < refs.size(); j++) {
            if (ref(known, path + "[" + j + "]", refs.get(j), what) && !seen.add(refs.get(j))) {
                problem(path + "[" + j + "]", "'" + refs.get(j) + "' is listed twice.");
            }
        }
    }

    private void countryCode(String path, String code) {
        if (code != null && !code.matches("[A-Za-z]{3}")) {
            problem(path, "'" + code + "' is not an ISO 3166-1 alpha-3 code (e.g. GBR).");
        }
    }

    private boolean required(String path, String value, int max) {
        if (value == null || value.isBlank()) {
            problem(path, "Must not be empty.");
            return false;
        }
        return optional(path, value, max);
    }

    private boolean optional(String path, String value, int max) {
        if (value != null && value.length() > max) {
            problem(path, "Too long: " + value.length() + " characters, at most " + max + ".");
            return false;
        }
        return true;
    }
}
