package app.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

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
