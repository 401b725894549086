package app.claimgraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Dev aid: why each missed PolNeAR gold cue made no claim, counted by reason (corpus read where it lies). */
public final class Diagnose {

    private Diagnose() {
    }

    record Seen(Sentence s, Act a, List<Token> tokens) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Map<String, Integer> reasons = new TreeMap<>();
        Map<String, List<String>> examples = new TreeMap<>();
        Nlp nlp = new Nlp();
        List<Path> anns;
        try (var f = Files.list(dir)) {
            anns = f.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        for (Path ann : anns) {
            String text = Files.readString(Path.of(ann.toString().replace(".ann", ".txt")));
            Doc doc = nlp.analyse(text, Deadline.none());
            Reading r = new Reading(doc, Gazetteer.shipped());
            List<Seen> acts = new ArrayList<>();
            for (Sentence s : doc.sentences()) {
                r.begin(s);
                Reader.actors(r);
                if (s.headline()) {
                    acts.add(new Seen(s, null, s.tokens()));
                    continue;
                }
                for (Act a : Attribution.read(r)) {
                    acts.add(new Seen(s, a, s.tokens()));
                }
            }
            for (PolnearScorer.Attribution g : PolnearScorer.gold(Files.readString(ann))) {
                int at = g.cueStart();
                String reason = null;
                for (Seen seen : acts) {
                    if (seen.a() == null) {
                        if (seen.s().start() <= at && at < seen.s().end()) {
                            reason = "headline";
                        }
                        continue;
                    }
                    Act a = seen.a();
                    int cs = seen.s().token(a.from).start();
                    int ce = seen.s().token(a.to - 1).end();
                    if (g.cue().get(cs, ce).isEmpty()) {
                        continue;
                    }
                    reason = a.claims() ? "claims" : a.inside ? "inside" : a.merged ? "merged" : "nosource";
                    reason += ":" + a.kind;
                }
                if (reason == null) {
                    Sentence s = doc.sentences().stream().filter(x -> x.start() <= at && at < x.end()).findFirst().orElse(null);
                    if (s == null) {
                        reason = "nosentence";
                    } else {
                        int i = s.tokenAt(at);
                        Token t = s.token(Math.min(i, s.size() - 1));
                        boolean quoted = doc.quoteAt(t.start()) != null;
                        Cues.Cue c = Cues.of(t.fold());
                        reason = quoted ? "quoted" : c != null ? "notcue:" + t.tag() : "notlexicon";
                    }
                }
                if (reason.startsWith("claims")) {
                    continue; // matched elsewhere or pairing
                }
                reasons.merge(reason, 1, Integer::sum);
                List<String> ex = examples.computeIfAbsent(reason, k -> new ArrayList<>());
                if (ex.size() < 40 && Math.random() < 0.2) {
                    int from = Math.max(0, at - 100);
                    int to = Math.min(text.length(), at + 80);
                    ex.add(text.substring(from, at) + "⟦" + text.substring(at, Math.min(text.length(), g.cue().nextClearBit(at))) + "⟧"
                            + text.substring(Math.min(text.length(), g.cue().nextClearBit(at)), Math.max(to, Math.min(text.length(), g.cue().nextClearBit(at)))).replace('\n', ' '));
                }
            }
        }
        reasons.forEach((k, v) -> System.out.println(v + "\t" + k));
        examples.forEach((k, v) -> {
            System.out.println("== " + k);
            v.forEach(e -> System.out.println("   " + e.replace('\n', ' ')));
        });
    }
}
