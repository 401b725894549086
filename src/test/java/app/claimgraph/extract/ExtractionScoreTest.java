package app.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scores the extraction pipeline against the evaluation set (src/test/resources/extraction): the
 * seed report, the dev reports the rules were written on, and the held-back reports, each part on
 * its own. Runs without the application ({@link Offline}: what {@code extract} answers, less the
 * matches with stored actors, which change no score; ExtractApiTest covers the HTTP path). Prints
 * the table (also written to target/extraction-score.txt) and holds the bars.
 */
class ExtractionScoreTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private record Parts(String table, ExtractionScorer.Score seed, ExtractionScorer.Score dev,
            ExtractionScorer.Score heldout) {
    }

    static String table() throws IOException {
        return score().table();
    }

    private static Parts score() throws IOException {
        StringBuilder out = new StringBuilder(ExtractionScorer.Score.header()).append('\n');
        ExtractionScorer.Score seed = part(out, "seed", List.of(seedReport()));
        ExtractionScorer.Score dev = part(out, "dev", reports("dev"));
        ExtractionScorer.Score heldout = part(out, "heldout", reports("heldout"));
        return new Parts(out.toString(), seed, dev, heldout);
    }

    @Test
    void scoresTheEvaluationSet() throws IOException {
        Parts parts = score();
        ExtractionScorer.Score seed = parts.seed();
        ExtractionScorer.Score dev = parts.dev();
        ExtractionScorer.Score heldout = parts.heldout();
        System.out.println(parts.table());
        Files.writeString(Path.of("target", "extraction-score.txt"), parts.table());

        // the bars are what the rules reach today (issue 36): a change that loses any of it fails here
        assertTrue(seed.recallWithChain() >= 0.95, "seed: right claimant and chain " + seed.recallWithChain());
        assertTrue(heldout.recall() >= 0.86, "held-out recall " + heldout.recall());
        assertTrue(heldout.precision() >= 0.91, "held-out precision " + heldout.precision());
        assertTrue(heldout.claimantAccuracy() >= 0.92, "held-out claimant accuracy " + heldout.claimantAccuracy());
        assertTrue(heldout.chainAccuracy() >= 0.95, "held-out chain " + heldout.chainAccuracy());
        assertTrue(heldout.statusAccuracy() >= 0.95, "held-out status " + heldout.statusAccuracy());
        assertTrue(heldout.relationPrecision() >= 0.6 && heldout.relationRecall() >= 0.54,
                "held-out relationships " + heldout.relationPrecision() + " / " + heldout.relationRecall());
        assertTrue(dev.recall() >= 0.97 && dev.precision() >= 0.97, "dev " + dev.recall() + " / " + dev.precision());
        assertTrue(dev.relationPrecision() >= 0.8 && dev.relationRecall() >= 0.9,
                "dev relationships " + dev.relationPrecision() + " / " + dev.relationRecall());
    }

    private record Report(String name, String text, JsonNode gold) {
    }

    private static ExtractionScorer.Score part(StringBuilder out, String name, List<Report> reports) {
        ExtractionScorer.Score total = new ExtractionScorer.Score();
        for (Report r : reports) {
            ExtractionScorer.Score s = ExtractionScorer.score(r.gold(), extract(r));
            total.add(s);
            out.append(s.row(name + "/" + r.name())).append('\n');
        }
        out.append(total.row("ALL " + name)).append("\n\n");
        return total;
    }

    private static JsonNode extract(Report r) {
        LocalDate published = r.gold().hasNonNull("publishedOn") ? LocalDate.parse(r.gold().get("publishedOn").asText())
                : null;
        return JSON.valueToTree(Offline.extract(r.text(), published));
    }

    private static List<Report> reports(String part) throws IOException {
        Path dir = Path.of("src", "test", "resources", "extraction", part);
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(f -> {
                try {
                    Path gold = Path.of(f.toString().replaceAll("\\.txt$", ".json"));
                    return new Report(f.getFileName().toString().replace(".txt", ""), Files.readString(f),
                            JSON.readTree(gold.toFile()));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    private static Report seedReport() throws IOException {
        String name = "seed/000_42384984608bee00";
        try (InputStream text = resource(name + ".txt"); InputStream gold = resource(name + ".json")) {
            return new Report("000_42384984608bee00", new String(text.readAllBytes(), StandardCharsets.UTF_8),
                    JSON.readTree(gold));
        }
    }

    private static InputStream resource(String name) {
        return ExtractionScoreTest.class.getClassLoader().getResourceAsStream(name);
    }
}
