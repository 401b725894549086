package app.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reading rules, a sentence per row (src/test/resources/extraction/rules.tsv): for the claim
 * whose cue is the given words, its claimant, the words naming it, its relays, status and type.
 * Runs the pipeline without the application, in seconds.
 */
class ExtractionRulesTest {

    static Stream<Arguments> rows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/extraction/rules.tsv"));
        return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
            String[] f = l.split("\t", -1);
            return Arguments.of((Object[]) f);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void readsTheRow(String text, String cue, String claimant, String source, String relays, String status,
            String type) {
        Extraction x = Offline.extract(text.replace("\\n", "\n"), null);
        ExtractedClaim c = x.claims.stream().filter(k -> k.cue != null && k.cue.getText().equalsIgnoreCase(cue))
                .findFirst().orElse(null);
        assertNotNull(c, () -> "no claim with the cue '" + cue + "': " + describe(x));
        assertEquals(claimant, name(x, c.claimant), () -> "claimant: " + describe(x));
        assertEquals(source, c.source == null ? "-" : c.source.getText(), "source words");
        assertEquals(relays, String.join(";", c.reportedBy.stream().map(r -> name(x, r)).toList()), "relays");
        assertEquals(status, c.status.name(), "status");
        assertEquals(type, c.type.name(), "type");
    }

    @Test
    void aClaimWhoseSpeakerCannotBeSettledCarriesAWarningAndALowConfidence() {
        Extraction x = Offline.extract("He said the plan had failed.", null);
        ExtractedClaim c = x.claims.get(0);
        assertNull(c.claimant, "no guess: " + describe(x));
        assertEquals("He", c.source.getText());
        assertTrue(c.confidence <= 0.3, "confidence " + c.confidence);
        assertTrue(x.warnings.stream().anyMatch(w -> w.contains("\"He\"") && w.contains("could not be settled")),
                x.warnings.toString());
    }

    @Test
    void aQuotationThatRunsOverSentencesIsOneClaimsEvidence() {
        String text = "\"We will not give up. We have the votes. The bill will pass,\" Senator Ruth Alvarez said. "
                + "\"Nobody should doubt it.\"\nThe vote is set for Friday.";
        Extraction x = Offline.extract(text, null);
        assertEquals(1, x.claims.size(), describe(x));
        String evidence = String.join("|", x.claims.get(0).evidence.stream().map(e -> e.getText()).toList());
        assertTrue(evidence.contains("We will not give up.") && evidence.contains("Nobody should doubt it."), evidence);
        assertFalse(evidence.contains("Friday"), evidence);
        x.claims.get(0).evidence.forEach(e -> assertEquals(text.substring(e.getStart(), e.getEnd()), e.getText()));
    }

    @Test
    void aHeadlineIsNoClaim() {
        Extraction x = Offline.extract("Trump Says Wall Will Be Built\n\nThe president said the wall would be built.", null);
        assertEquals(1, x.claims.size(), describe(x));
        assertEquals("said", x.claims.get(0).cue.getText());
    }

    private static String name(Extraction x, String ref) {
        return ref == null ? "-" : x.actors.stream().filter(a -> a.ref.equals(ref)).map(a -> a.name).findFirst().orElse("?");
    }

    private static String describe(Extraction x) {
        StringBuilder b = new StringBuilder();
        for (ExtractedClaim c : x.claims) {
            b.append("\n  [").append(c.cue == null ? "" : c.cue.getText()).append("] ").append(name(x, c.claimant))
                    .append(" src=").append(c.source == null ? "-" : c.source.getText()).append(" via=")
                    .append(c.reportedBy.stream().map(r -> name(x, r)).toList()).append(' ').append(c.status)
                    .append(' ').append(c.type).append(' ').append(c.rule);
        }
        return b.toString();
    }
}
