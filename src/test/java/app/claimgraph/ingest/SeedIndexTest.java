package app.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * seed/index.json gives each dataset's document key and content hash so that a restart recognises
 * the stored seed without reading it; they must be what the ingest computes from the dataset, or a
 * changed seed would be taken for the stored one.
 */
@QuarkusTest
class SeedIndexTest {

    @Inject
    SeedLoader seed;
    @Inject
    IngestService ingest;
    @Inject
    ObjectMapper json;

    /** What the 2026-12-01 release stored as the seed's content hash (version 1, Jackson's serialisation). */
    private static final String RELEASE_2026_12_01 = "5d393b75982acc90ae20d575f8b532169f368fb29053a1120a4e97aae396db46";

    /**
     * The hash means the content: an input field a later release adds, absent or at its default, changes
     * nothing; the version 1 hash of a document stored before is still computed as that release did.
     */
    @Test
    void aFieldAddedToTheInputChangesNoHash() throws IOException {
        DocumentInput input = seed.read(seed.entries().get(0));
        ObjectNode tree = json.valueToTree(input);
        String now = ContentHash.of(json, tree);
        tree.putNull("someNewField");
        tree.putArray("someNewList");
        tree.put("someNewFlag", false);
        ((ObjectNode) tree.get("claims").get(0)).putNull("someNewClaimField");
        assertEquals(now, ContentHash.of(json, tree), "fields at their defaults are not part of the content");
        assertEquals(RELEASE_2026_12_01, ContentHash.legacy(json, tree), "the released seed's hash, as version 1 computed it");
        assertEquals(RELEASE_2026_12_01, ContentHash.legacy(json, input));
        tree.put("title", tree.get("title").asText() + " (corrected)");
        assertNotEquals(now, ContentHash.of(json, tree), "a changed value is a changed content");
    }

    @Test
    void theIndexGivesEachDatasetsKeyAndContentHash() throws IOException {
        List<SeedLoader.Entry> entries = seed.entries();
        assertFalse(entries.isEmpty());
        for (SeedLoader.Entry entry : entries) {
            IngestService.Fingerprint f = ingest.fingerprint(seed.read(entry));
            String expected = "\"key\": \"" + f.key() + "\", \"contentHash\": \"" + f.contentHash() + "\"";
            assertEquals(expected, "\"key\": \"" + entry.key + "\", \"contentHash\": \"" + entry.contentHash + "\"",
                    "seed/index.json, entry " + entry.data + ": set " + expected);
        }
    }
}
