package app.claimgraph.extract;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.claimgraph.claim.TextSpan;
import app.claimgraph.api.Text;

/** Writes what was read as an {@link Extraction}: refs for actors and claims, spans, matches. */
final class Proposal {

    private final Reader.Result read;
    private final Map<Entity, String> refs = new LinkedHashMap<>();
    private final Set<String> taken = new HashSet<>();

    private Proposal(Reader.Result read) {
        this.read = read;
    }

    static Extraction of(Reader.Result read, TextInput in, Map<Entity, ActorMatch> matches) {
        return new Proposal(read).build(in, matches);
    }

    private Extraction build(TextInput in, Map<Entity, ActorMatch> matches) {
        Extraction x = new Extraction();
        x.title = in.title;
        x.url = in.url;
        x.publishedOn = in.publishedOn;
        x.language = "en";
        x.text = read.doc().text();
        markUsed();
        for (Entity e : read.entities()) {
            if (e.proposed()) {
                refs.put(e, ref(e.name));
            }
        }
        for (Entity e : refs.keySet()) {
            x.actors.add(actor(e, matches.get(e)));
        }
        int n = 0;
        for (Draft d : read.drafts()) {
            d.ref = "c" + ++n;
            x.claims.add(claim(d));
        }
        for (Relations.Found f : read.relations()) {
            ExtractedRelationship r = new ExtractedRelationship();
            r.source = refs.get(f.source);
            r.target = refs.get(f.target);
            r.type = f.type;
            r.status = f.status;
            r.cameoCode = f.type.cameoCode();
            r.rule = f.rule;
            f.evidence.forEach(d -> r.evidence.add(d.ref));
            x.relationships.add(r);
        }
        x.warnings.addAll(read.warnings());
        return x;
    }

    /** Speakers, relays, subjects and relationship ends are proposed, and the states their bodies belong to. */
    private void markUsed() {
        for (Draft d : read.drafts()) {
            if (d.claimant != null) {
                d.claimant.used = true;
            }
            d.via.forEach(e -> e.used = true);
        }
        for (Relations.Found f : read.relations()) {
            f.source.used = true;
            f.target.used = true;
        }
        for (Entity e : read.entities()) {
            if (e.proposed() && e.parent != null) {
                e.parent.used = true;
                e.parent.onlyWhenUsed = false;
            }
        }
    }

    private ExtractedActor actor(Entity e, ActorMatch match) {
        ExtractedActor a = new ExtractedActor();
        a.ref = refs.get(e);
        a.name = e.name;
        a.kind = e.kind;
        a.countryCode = e.country;
        a.description = e.description;
        a.parent = e.parent == null ? null : refs.get(e.parent);
        a.match = match;
        a.id = match == null ? null : match.id;
        Set<String> seen = new HashSet<>();
        seen.add(Text.fold(e.name));
        for (String surface : e.surfaces) {
            String alias = surface.replaceFirst("^(?i)(the|a|an) ", "");
            if (seen.add(Text.fold(alias)) && !alias.matches("(?i)(he|she|it|they|its|his|her|their)")) {
                a.aliases.add(alias);
            }
        }
        if (e.entry != null) {
            e.entry.aliases().stream().filter(al -> seen.add(Text.fold(al))).limit(4).forEach(a.aliases::add);
        }
        for (Mention m : e.mentions) {
            a.mentions.add(span(m.start(), m.end()));
        }
        return a;
    }

    private ExtractedClaim claim(Draft d) {
        ExtractedClaim c = new ExtractedClaim();
        c.ref = d.ref;
        c.text = read.doc().slice(d.start, d.end);
        c.quote = d.quote == null ? null : read.doc().slice(d.quote.contentStart(), d.quote.contentEnd());
        c.type = d.type;
        c.status = d.status;
        c.claimant = d.claimant == null ? null : refs.get(d.claimant);
        d.via.forEach(v -> c.reportedBy.add(refs.get(v)));
        d.subjects.stream().filter(refs::containsKey).forEach(s -> c.subjects.add(refs.get(s)));
        if (d.stated != null) {
            c.statedOn = d.stated.date();
            c.datePrecision = d.stated.precision();
            c.dateNote = d.stated.note();
        }
        c.confidence = d.confidence;
        Continuations.spans(read.doc(), d).forEach(sp -> c.evidence.add(span(sp[0], sp[1])));
        c.rule = d.rule == null ? "unknown" : d.rule;
        c.cue = d.cueStart < 0 ? null : span(d.cueStart, d.cueEnd);
        c.source = d.sourceStart < 0 ? null : span(d.sourceStart, d.sourceEnd);
        return c;
    }

    private TextSpan span(int start, int end) {
        return new TextSpan(start, end, read.doc().slice(start, end));
    }

    /** A readable, unique ref from the actor's name: "russian-state-duma", "rwanda-2". */
    private String ref(String name) {
        String base = Text.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        base = base.isEmpty() ? "actor" : base.substring(0, Math.min(40, base.length())).replaceAll("-+$", "");
        String ref = base;
        for (int i = 2; !taken.add(ref); i++) {
            ref = base + "-" + i;
        }
        return ref;
    }
}
