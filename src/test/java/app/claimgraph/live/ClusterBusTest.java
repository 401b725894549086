package app.claimgraph.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import app.claimgraph.ingest.WriteEvent;

/** The NOTIFY payloads between instances (pure logic): split under PostgreSQL's limit, nothing lost. */
class ClusterBusTest {

    static final String ORIGIN = "3f2a9c1e-0000-4000-8000-000000000000";

    @Test
    void aSmallWriteIsOnePayloadThatParsesBack() {
        WriteEvent e = new WriteEvent(42L, List.of(1L, 2L, 3L), List.of(7L));
        List<String> parts = ClusterBus.payloads(ORIGIN, 123L, e);
        assertEquals(1, parts.size());
        assertTrue(parts.get(0).startsWith(ORIGIN + "|"));
        assertEquals(e, ClusterBus.parse(parts.get(0)));
        assertEquals(123L, ClusterBus.lastChange(parts.get(0)), "the write's last change id travels with it");
        assertEquals(new WriteEvent(null, List.of(), List.of(5L)),
                ClusterBus.parse(ClusterBus.payloads(ORIGIN, 9L, new WriteEvent(null, List.of(), List.of(5L))).get(0)));
    }

    @Test
    void aLargeWriteIsSplitUnderTheLimitWithEveryIdOnceAndTheDocumentLast() {
        List<Long> claims = LongStream.range(1_000_000_000L, 1_000_000_000L + 3000).boxed().toList();
        List<Long> rels = LongStream.range(5_000_000_000L, 5_000_000_000L + 1500).boxed().toList();
        List<String> parts = ClusterBus.payloads(ORIGIN, 77L, new WriteEvent(99L, claims, rels));
        assertTrue(parts.size() > 1, "split: " + parts.size());
        List<Long> seenClaims = new ArrayList<>();
        List<Long> seenRels = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            assertTrue(p.getBytes(StandardCharsets.UTF_8).length < 8000, "part " + i + " is under PostgreSQL's 8000 bytes");
            WriteEvent part = ClusterBus.parse(p);
            assertEquals(77L, ClusterBus.lastChange(p), "every part carries the write's last change id");
            seenClaims.addAll(part.claimsAdded());
            seenRels.addAll(part.relationshipsChanged());
            if (i < parts.size() - 1) {
                assertNull(part.documentId(), "the document goes with the last part, after all its claims");
            } else {
                assertEquals(99L, part.documentId());
            }
        }
        assertEquals(claims, seenClaims);
        assertEquals(rels, seenRels);
    }
}
