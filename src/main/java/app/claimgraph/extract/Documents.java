package app.claimgraph.extract;

import java.util.ArrayList;

import app.claimgraph.ingest.ActorInput;
import app.claimgraph.ingest.ClaimInput;
import app.claimgraph.ingest.DocumentInput;
import app.claimgraph.ingest.RelationshipInput;
import app.claimgraph.ingest.SpanInput;

/**
 * A proposal as the input of the one write path. Matched actors go by name, not by ID, so that
 * reading the same text again gives the same input (and ingest answers UNCHANGED): ingest resolves
 * them to the same stored actors by name or alias, kind and country.
 */
final class Documents {

    private static final int TITLE_MAX = 300;

    private Documents() {
    }

    static DocumentInput of(Extraction x) {
        DocumentInput d = new DocumentInput();
        d.title = x.title != null && !x.title.isBlank() ? x.title : firstLine(x.text);
        d.url = x.url;
        d.publishedOn = x.publishedOn;
        d.language = x.language;
        d.text = x.text;
        for (ExtractedActor a : x.actors) {
            ActorInput in = new ActorInput();
            in.ref = a.ref;
            in.name = a.name;
            in.kind = a.kind;
            in.countryCode = a.countryCode;
            in.aliases = new ArrayList<>(a.aliases);
            in.description = a.description;
            in.parent = a.parent;
            d.actors.add(in);
        }
        for (ExtractedClaim c : x.claims) {
            ClaimInput in = new ClaimInput();
            in.ref = c.ref;
            in.text = c.text;
            in.quote = c.quote;
            in.type = c.type;
            in.status = c.status;
            in.claimant = c.claimant;
            in.reportedBy = new ArrayList<>(c.reportedBy);
            in.subjects = new ArrayList<>(c.subjects);
            in.statedOn = c.statedOn;
            in.datePrecision = c.datePrecision;
            in.dateNote = c.dateNote;
            in.confidence = c.confidence;
            c.evidence.forEach(e -> {
                SpanInput s = new SpanInput();
                s.start = e.getStart();
                s.end = e.getEnd();
                s.text = e.getText();
                in.evidence.add(s);
            });
            d.claims.add(in);
        }
        for (ExtractedRelationship r : x.relationships) {
            RelationshipInput in = new RelationshipInput();
            in.source = r.source;
            in.target = r.target;
            in.type = r.type;
            in.status = r.status;
            in.evidence = new ArrayList<>(r.evidence);
            d.relationships.add(in);
        }
        return d;
    }

    /** The headline: the first non-blank line, or its first sentence when it is a paragraph; cut if long. */
    static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("[.!?][\"'\u201D\u2019]?\\s+(?=\\p{Lu})")
                .matcher(line);
        if (end.find(Math.min(line.length(), 20))) {
            line = line.substring(0, end.start() + 1).strip();
        }
        if (line.length() <= TITLE_MAX) {
            return line;
        }
        int cut = line.lastIndexOf(' ', TITLE_MAX - 1);
        return line.substring(0, cut > 40 ? cut : TITLE_MAX - 1) + "…";
    }
}
