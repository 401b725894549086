package app.claimgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import app.claimgraph.api.Text;

/**
 * Scores a proposal (the JSON of an {@code Extraction}) against a gold file (ingest JSON shape).
 * Actors map when a name or alias of one equals a name or alias of the other (folded, without an
 * article). Claims: attributed ones only; a proposed and a gold claim pair up when their evidence
 * overlaps by at least half of each (best overlap first, one to one); a pair is correct when the
 * claimants map. Precision and recall count correct pairs; claimant accuracy is correct / paired;
 * chain, status and type accuracy are measured on correct pairs. Relationships compare
 * (source, type, target) after mapping.
 */
final class ExtractionScorer {

    /** Counts for one report or a sum of reports. */
    static final class Score {
        int goldClaims, proposedClaims, paired, correct, chainExact, statusRight, typeRight;
        int goldActors, proposedActors, actorsFound, actorsRight;
        int goldRelations, proposedRelations, relationsRight;

        void add(Score o) {
            goldClaims += o.goldClaims; proposedClaims += o.proposedClaims; paired += o.paired; correct += o.correct;
            chainExact += o.chainExact; statusRight += o.statusRight; typeRight += o.typeRight;
            goldActors += o.goldActors; proposedActors += o.proposedActors; actorsFound += o.actorsFound;
            actorsRight += o.actorsRight; goldRelations += o.goldRelations; proposedRelations += o.proposedRelations;
            relationsRight += o.relationsRight;
        }

        double precision() { return ratio(correct, proposedClaims); }
        double recall() { return ratio(correct, goldClaims); }
        double claimantAccuracy() { return ratio(correct, paired); }
        double chainAccuracy() { return ratio(chainExact, correct); }
        double statusAccuracy() { return ratio(statusRight, correct); }
        double typeAccuracy() { return ratio(typeRight, correct); }
        double relationPrecision() { return ratio(relationsRight, proposedRelations); }
        double relationRecall() { return ratio(relationsRight, goldRelations); }
        /** Gold attributed claims found with the right claimant and relaying chain. */
        double recallWithChain() { return ratio(chainExact, goldClaims); }

        String row(String name) {
            return String.format(Locale.ROOT, "%-26s %4d %4d %5.2f %5.2f %5.2f %5.2f %5.2f %5.2f | %5.2f %5.2f | %5.2f %5.2f",
                    name, goldClaims, proposedClaims, precision(), recall(), claimantAccuracy(), chainAccuracy(),
                    statusAccuracy(), typeAccuracy(), ratio(actorsRight, proposedActors), ratio(actorsFound, goldActors),
                    ratio(relationsRight, proposedRelations), ratio(relationsRight, goldRelations));
        }

        static String header() {
            return String.format(Locale.ROOT, "%-26s %4s %4s %5s %5s %5s %5s %5s %5s | %5s %5s | %5s %5s", "report",
                    "gold", "prop", "P", "R", "clmt", "chain", "stat", "type", "actP", "actR", "relP", "relR");
        }
    }

    /** Claim types the set's annotation guide predates (README.md in src/test/resources/extraction). */
    static final Set<String> UNANNOTATED = Set.of("BELIEF", "INTENTION");

    private ExtractionScorer() {
    }

    static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    static Score score(JsonNode gold, JsonNode proposal) {
        Score s = new Score();
        Map<String, String> actorMap = mapActors(gold.path("actors"), proposal.path("actors"), s);
        List<JsonNode> goldClaims = attributed(gold.path("claims"));
        List<JsonNode> propClaims = attributed(proposal.path("claims"));
        // beliefs and intentions ("X believes", "Y wants") became claims after this set was annotated: not scored here
        propClaims.removeIf(c -> UNANNOTATED.contains(c.path("type").asText()));
        s.goldClaims = goldClaims.size();
        s.proposedClaims = propClaims.size();
        Set<JsonNode> usedGold = new HashSet<>();
        Set<JsonNode> usedProp = new HashSet<>();
        List<double[]> candidates = new ArrayList<>();
        for (int p = 0; p < propClaims.size(); p++) {
            for (int g = 0; g < goldClaims.size(); g++) {
                double o = overlap(propClaims.get(p), goldClaims.get(g));
                if (o > 0) {
                    candidates.add(new double[] { o, p, g });
                }
            }
        }
        candidates.sort((a, b) -> Double.compare(b[0], a[0]));
        for (double[] c : candidates) {
            JsonNode p = propClaims.get((int) c[1]);
            JsonNode g = goldClaims.get((int) c[2]);
            if (usedGold.contains(g) || usedProp.contains(p)) {
                continue;
            }
            usedGold.add(g);
            usedProp.add(p);
            s.paired++;
            if (!g.path("claimant").asText().equals(actorMap.get(p.path("claimant").asText()))) {
                continue;
            }
            s.correct++;
            List<String> chain = new ArrayList<>();
            p.path("reportedBy").forEach(r -> chain.add(actorMap.getOrDefault(r.asText(), "?" + r.asText())));
            List<String> goldChain = new ArrayList<>();
            g.path("reportedBy").forEach(r -> goldChain.add(r.asText()));
            s.chainExact += chain.equals(goldChain) ? 1 : 0;
            s.statusRight += p.path("status").asText().equals(g.path("status").asText()) ? 1 : 0;
            s.typeRight += p.path("type").asText().equals(g.path("type").asText()) ? 1 : 0;
        }
        Set<String> goldRel = new HashSet<>();
        gold.path("relationships").forEach(r -> goldRel.add(r.path("source").asText() + ">" + r.path("type").asText()
                + ">" + r.path("target").asText()));
        Set<String> propRel = new HashSet<>();
        proposal.path("relationships").forEach(r -> propRel.add(actorMap.getOrDefault(r.path("source").asText(), "?")
                + ">" + r.path("type").asText() + ">" + actorMap.getOrDefault(r.path("target").asText(), "?")));
        s.goldRelations = goldRel.size();
        s.proposedRelations = propRel.size();
        propRel.retainAll(goldRel);
        s.relationsRight = propRel.size();
        return s;
    }

    /** Proposed ref → gold ref, for proposed actors sharing a name or alias with a gold actor. */
    private static Map<String, String> mapActors(JsonNode gold, JsonNode proposed, Score s) {
        Map<String, String> byName = new HashMap<>();
        for (JsonNode g : gold) {
            for (String n : names(g)) {
                byName.putIfAbsent(n, g.path("ref").asText());
            }
        }
        for (JsonNode g : gold) {
            byName.put(norm(g.path("name").asText()), g.path("ref").asText());
        }
        Map<String, String> map = new HashMap<>();
        Set<String> found = new HashSet<>();
        for (JsonNode p : proposed) {
            String ref = byName.get(norm(p.path("name").asText()));
            for (String n : names(p)) {
                ref = ref == null ? byName.get(n) : ref;
            }
            if (ref != null) {
                map.put(p.path("ref").asText(), ref);
                found.add(ref);
            }
        }
        s.goldActors = gold.size();
        s.proposedActors = proposed.size();
        s.actorsRight = map.size();
        s.actorsFound = found.size();
        return map;
    }

    private static List<String> names(JsonNode actor) {
        List<String> out = new ArrayList<>();
        out.add(norm(actor.path("name").asText()));
        actor.path("aliases").forEach(a -> out.add(norm(a.asText())));
        return out;
    }

    static String norm(String name) {
        return Text.fold(name).replaceFirst("^(the|a|an) ", "").replaceFirst("('s|’s)$", "").strip();
    }

    private static List<JsonNode> attributed(JsonNode claims) {
        List<JsonNode> out = new ArrayList<>();
        claims.forEach(c -> {
            if (c.hasNonNull("claimant") && !c.path("claimant").asText().isEmpty()) {
                out.add(c);
            }
        });
        return out;
    }

    /** The overlap of two claims' evidence as the smaller of its shares of each, 0 under one half. */
    private static double overlap(JsonNode a, JsonNode b) {
        int[] x = cover(a);
        int[] y = cover(b);
        int common = 0;
        int lenA = 0;
        int lenB = 0;
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int u = i < x.length ? x[i] : 0;
            int v = i < y.length ? y[i] : 0;
            lenA += u;
            lenB += v;
            common += u & v;
        }
        double share = Math.min(ratio(common, lenA), ratio(common, lenB));
        return lenA == 0 || lenB == 0 || share < 0.5 ? 0 : share;
    }

    private static int[] cover(JsonNode claim) {
        int max = 0;
        for (JsonNode e : claim.path("evidence")) {
            max = Math.max(max, e.path("end").asInt());
        }
        int[] c = new int[max];
        for (JsonNode e : claim.path("evidence")) {
            for (int i = e.path("start").asInt(); i < e.path("end").asInt(); i++) {
                c[i] = 1;
            }
        }
        return c;
    }
}
