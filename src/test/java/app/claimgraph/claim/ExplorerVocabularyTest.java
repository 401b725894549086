package app.claimgraph.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.TreeSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The explorer's statuses and types live in one module (explorer/vocabulary.js); this holds it to the
 * schema's enums, so a value added to ClaimStatus or ClaimType and not to the explorer (no colour, no
 * filter option, no glossary entry) fails here.
 */
class ExplorerVocabularyTest {

    private static final Path VOCABULARY = Path.of("src/main/resources/META-INF/resources/explorer/vocabulary.js");

    @Test
    void everyClaimStatusHasItsColourAndMeaning() throws IOException {
        assertEquals(names(ClaimStatus.values()), keys("CLAIM_STATUSES"));
    }

    @Test
    void everyClaimTypeHasItsMeaning() throws IOException {
        assertEquals(names(ClaimType.values()), keys("CLAIM_TYPES"));
    }

    @Test
    void noOtherExplorerModuleListsTheStatusesAgain() throws IOException {
        try (var files = Files.list(VOCABULARY.getParent())) {
            Set<String> copies = files.filter(f -> !f.equals(VOCABULARY) && f.toString().endsWith(".js"))
                    .filter(f -> read(f).contains("'UNCONFIRMED'") || read(f).contains("UNCONFIRMED:"))
                    .map(f -> f.getFileName().toString()).collect(Collectors.toSet());
            assertEquals(Set.of(), copies);
        }
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The keys of {@code export const NAME = { KEY: …, … };}, each at the start of a line. */
    private static Set<String> keys(String constant) throws IOException {
        String js = Files.readString(VOCABULARY);
        int start = js.indexOf("export const " + constant + " = {");
        int end = js.indexOf("\n};", start);
        Matcher m = Pattern.compile("(?m)^  ([A-Z_]+):").matcher(js.substring(start, end));
        Set<String> keys = new LinkedHashSet<>();
        while (m.find()) {
            keys.add(m.group(1));
        }
        return new TreeSet<>(keys);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
