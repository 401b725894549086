package app.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;


/**
 * Reads a document sentence by sentence: finds its actors (gazetteer, institutions, organisations,
 * people, sources), then the acts of attribution, the claims they make and the relationships the
 * sentence states. Pure: no database, no state kept between documents.
 */
final class Reader {

    /** What was read: the entities, the claims in text order, the relationships and what could not be settled. */
    record Result(Doc doc, List<Entity> entities, List<Draft> drafts, List<Relations.Found> relations,
            List<String> warnings) {
    }

    private Reader() {
    }

    static Result read(Doc doc, Gazetteer gazetteer, LocalDate published, Deadline deadline) {
        Reading r = new Reading(doc, gazetteer);
        List<Draft> drafts = new ArrayList<>();
        List<Relations.Found> relations = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Draft> previous = List.of();
        for (Sentence s : doc.sentences()) {
            deadline.check();
            r.begin(s);
            actors(r);
            if (s.headline()) {
                continue;
            }
            List<Act> acts = Attribution.read(r);
            List<Draft> here = new ArrayList<>(Claims.of(r, acts, published));
            Claims.hedgeBack(r, previous);
            lede(r, drafts, here);
            relations.addAll(Relations.of(r, acts, here));
            for (Act a : acts) {
                if (a.claims() && a.speaker == null) {
                    warnings.add("Who \"" + r.slice(a.speakerFrom, a.speakerTo) + "\" is could not be settled: the claim at "
                            + s.token(a.from).start() + " (\"" + r.slice(a.from, a.to) + "\") has no claimant and a low confidence.");
                } else if (a.kind == Act.Kind.CUE && a.speaker == null && !a.merged && !a.inside) {
                    warnings.add("No speaker found for \"" + r.slice(a.from, a.to) + "\" at " + s.token(a.from).start()
                            + ".");
                }
            }
            drafts.addAll(here);
            previous = here;
        }
        Continuations.extend(doc, drafts);
        return new Result(doc, r.entities.all(), drafts, merge(relations), warnings);
    }

    /** The actors the current sentence names, in the order the finders take their words. */
    static void actors(Reading r) {
        Names.gazetteer(r);
        Phrases.institutions(r);
        Phrases.organisations(r);
        Names.people(r);
        Names.firstNamed(r);
        Sources.find(r);
        Sources.shares(r);
        Names.spokenNames(r);
    }

    /**
     * A lede left unattributed and followed by "According to X, …" is X's too: wire reports state the
     * news first and its source in the next sentence.
     */
    private static void lede(Reading r, List<Draft> before, List<Draft> here) {
        Sentence s = r.s;
        if (before.stream().anyMatch(Draft::attributed) || here.isEmpty() || s.index() == 0
                || !r.w(0).equals("according")) {
            return;
        }
        Sentence lede = r.doc.sentences().get(s.index() - 1);
        if (lede.headline() || s.index() > 2) {
            return;
        }
        Draft source = here.get(0);
        Draft narration = before.stream().filter(x -> x.sentence == lede.index()).findFirst().orElse(null);
        if (narration != null) {
            narration.claimant = source.claimant;
            narration.via.addAll(source.via);
            narration.type = source.type;
            narration.status = source.status;
            narration.rule = "lede:" + source.rule;
            return;
        }
        Draft d = new Draft(source.act, lede.index());
        d.claimant = source.claimant;
        d.via.addAll(source.via);
        d.start = lede.start();
        d.end = lede.end();
        d.type = source.type;
        d.status = source.status;
        d.rule = "lede:" + source.rule;
        d.confidence = Math.max(0.5, source.confidence - 0.2);
        before.add(d);
    }

    /** One relationship per (source, type, target), citing every claim that states it. */
    private static List<Relations.Found> merge(List<Relations.Found> all) {
        List<Relations.Found> out = new ArrayList<>();
        for (Relations.Found f : all) {
            Relations.Found same = out.stream()
                    .filter(o -> o.source == f.source && o.type == f.type && o.target == f.target).findFirst()
                    .orElse(null);
            if (same == null) {
                out.add(f);
            } else {
                f.evidence.stream().filter(d -> !same.evidence.contains(d)).forEach(same.evidence::add);
            }
        }
        return out;
    }
}
