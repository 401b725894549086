package app.claimgraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Dev aid: error classes of a part of the evaluation set, counted, without printing any text (for
 * the held-back part): gold claims with no overlapping proposal, with one overlapping less than half,
 * with another claimant; proposals matching nothing, by rule.
 */
public final class OwnErrors {

    private OwnErrors() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        Map<String, Integer> counts = new TreeMap<>();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path txt : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                JsonNode gold = json.readTree(Path.of(txt.toString().replace(".txt", ".json")).toFile());
                LocalDate published = gold.hasNonNull("publishedOn") ? LocalDate.parse(gold.get("publishedOn").asText()) : null;
                JsonNode x = json.valueToTree(Offline.extract(Files.readString(txt), published));
                for (JsonNode g : gold.path("claims")) {
                    if (g.path("claimant").isNull() || g.path("claimant").asText().isEmpty()) {
                        continue;
                    }
                    double best = 0;
                    String rule = "";
                    JsonNode match = null;
                    for (JsonNode p : x.path("claims")) {
                        double o = overlap(g, p);
                        if (o > best) {
                            best = o;
                            match = p;
                            rule = p.path("rule").asText() + (p.path("claimant").isNull() ? "/unsettled" : "");
                        }
                    }
                    String k = best == 0 ? "gold: no overlap" : best < 0.5 ? "gold: overlap<0.5 (" + rule + ")" : "gold: overlapped";
                    if (best >= 0.5 && !sameActor(gold, g.path("claimant").asText(), x, match.path("claimant").asText())) {
                        k = "gold: wrong claimant (" + rule + ", proposed " + kind(x, match.path("claimant").asText())
                                + ", gold " + kind(gold, g.path("claimant").asText()) + ")";
                    }
                    counts.merge(k, 1, Integer::sum);
                }
                for (JsonNode p : x.path("claims")) {
                    if (p.path("claimant").isNull()) {
                        continue;
                    }
                    double best = 0;
                    for (JsonNode g : gold.path("claims")) {
                        if (!g.path("claimant").isNull() && !g.path("claimant").asText().isEmpty()) {
                            best = Math.max(best, overlap(g, p));
                        }
                    }
                    if (best < 0.5) {
                        counts.merge("proposed unmatched: " + p.path("rule").asText() + " " + p.path("type").asText()
                                + (best > 0 ? " (overlap<0.5)" : ""), 1, Integer::sum);
                    }
                }
            }
        }
        counts.forEach((k, v) -> System.out.println(v + "\t" + k));
    }

    private static JsonNode actor(JsonNode doc, String ref) {
        for (JsonNode a : doc.path("actors")) {
            if (a.path("ref").asText().equals(ref)) {
                return a;
            }
        }
        return null;
    }

    private static String kind(JsonNode doc, String ref) {
        JsonNode a = actor(doc, ref);
        return a == null ? "none" : a.path("kind").asText();
    }

    private static boolean sameActor(JsonNode gold, String goldRef, JsonNode x, String ref) {
        JsonNode g = actor(gold, goldRef);
        JsonNode p = actor(x, ref);
        if (g == null || p == null) {
            return false;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        names.add(ExtractionScorer.norm(g.path("name").asText()));
        g.path("aliases").forEach(n -> names.add(ExtractionScorer.norm(n.asText())));
        if (names.contains(ExtractionScorer.norm(p.path("name").asText()))) {
            return true;
        }
        for (JsonNode n : p.path("aliases")) {
            if (names.contains(ExtractionScorer.norm(n.asText()))) {
                return true;
            }
        }
        return false;
    }

    private static double overlap(JsonNode a, JsonNode b) {
        int[] x = span(a);
        int[] y = span(b);
        int common = Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
        return Math.min((double) common / (x[1] - x[0]), (double) common / (y[1] - y[0]));
    }

    private static int[] span(JsonNode c) {
        int s = Integer.MAX_VALUE;
        int e = 0;
        for (JsonNode ev : c.path("evidence")) {
            s = Math.min(s, ev.path("start").asInt());
            e = Math.max(e, ev.path("end").asInt());
        }
        return new int[] { s, Math.max(e, s + 1) };
    }
}
