package app.claimgraph.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import app.claimgraph.relationship.RelationshipStatus;
import app.claimgraph.relationship.RelationshipType;

import org.junit.jupiter.api.Test;

/**
 * The explorer's statuses and types live in one module (explorer/vocabulary.js); this holds it to the
 * schema's enums, so a value added to ClaimStatus or ClaimType and not to the explorer (no colour, no
 * filter option, no glossary entry) fails here.
 */
class ExplorerVocabularyTest {

    private static final Path VOCABULARY = Path.of("src/main/resources/META-INF/resources/explorer/vocabulary.js");

    @Test
    void everyClaimStatusHasItsColourAndMeaning() {
        assertEquals(names(ClaimStatus.values()), keys("CLAIM_STATUSES"));
    }

    @Test
    void everyClaimTypeHasItsMeaning() {
        assertEquals(names(ClaimType.values()), keys("CLAIM_TYPES"));
    }

    @Test
    void everyRelationshipTypeHasItsLookAndMeaningAndNoTwoLookAlike() {
        assertEquals(names(RelationshipType.values()), keys("RELATIONSHIP_TYPES"));
        Matcher m = Pattern.compile("(?m)^  [A-Z_]+: \\['#[0-9a-f]{6}', '([a-z-]+)', '([a-z-]+)',").matcher(read(VOCABULARY));
        Set<String> looks = new TreeSet<>();
        int n = 0;
        while (m.find()) {
            looks.add(m.group(1) + "/" + m.group(2));
            n++;
        }
        assertEquals(RelationshipType.values().length, n, "every type has an arrow and a tail marker");
        assertEquals(n, looks.size(), "two relationship types share their arrow and tail: " + looks);
    }

    @Test
    void everyRelationshipStatusHasItsMeaning() {
        assertEquals(names(RelationshipStatus.values()), keys("RELATIONSHIP_STATUSES"));
    }

    /** A status or type spelled out in another module (as a list item or a map key) is a copy. */
    @Test
    void noOtherExplorerModuleListsTheStatusesOrTypesAgain() throws IOException {
        Pattern copy = Pattern.compile("'(UNCONFIRMED|CONDEMNATION|SANCTIONS)'|\\b(UNCONFIRMED|CONDEMNATION|SANCTIONS):");
        try (var files = Files.list(VOCABULARY.getParent())) {
            Set<String> copies = files.filter(f -> !f.equals(VOCABULARY) && f.toString().endsWith(".js"))
                    .filter(f -> copy.matcher(read(f)).find())
                    .map(f -> f.getFileName().toString()).collect(Collectors.toSet());
            assertEquals(Set.of(), copies);
        }
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The keys of {@code export const NAME = { KEY: …, … };}, each at the start of a line. */
    private static Set<String> keys(String constant) {
        String js = read(VOCABULARY);
        int start = js.indexOf("export const " + constant + " = {");
        assertTrue(start >= 0, "vocabulary.js exports " + constant);
        Matcher m = Pattern.compile("(?m)^  ([A-Z_]+):").matcher(js.substring(start, js.indexOf("\n};", start)));
        Set<String> keys = new TreeSet<>();
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
