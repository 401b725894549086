package app.claimgraph.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The claim columns a page selects for the fields asked (AskedColumnsTest compares the answers through the API;
 * this says which columns are left out): a column only its field shows is NULL when the field is not asked,
 * the ones that identify, page or link a claim are always read.
 */
class ClaimRowsTest {

    @Test
    void aPageShowingOnlyTextAndStatusReadsNoOtherOwnColumn() {
        String select = ClaimRows.rows(Set.of("text", "status")::contains).select("c");
        for (String kept : List.of("c.id", "c.claim_key", "c.document_id", "c.claimant_id", "c.text", "c.status")) {
            assertTrue(select.contains(kept), kept + " in " + select);
        }
        for (String column : List.of("quote", "claim_type", "stated_on", "date_precision", "date_note", "confidence")) {
            assertTrue(select.contains("NULL AS " + column), column + " left out in " + select);
            assertFalse(select.contains("c." + column), column + " not read in " + select);
        }
    }

    @Test
    void everyFieldAskedReadsWhatEveryPageUsedToRead() {
        assertEquals(ClaimRows.ROWS.select("c"), ClaimRows.rows(field -> true).select("c"));
        assertEquals(ClaimRows.ROWS.columns().size(), ClaimRows.rows(field -> false).columns().size());
        // nothing asked: only what identifies, pages or links a claim is read
        String none = ClaimRows.rows(field -> false).select("c");
        assertEquals(List.of("c.id", "c.claim_key", "c.document_id", "c.claimant_id"),
                Arrays.stream(none.split(", ")).filter(c -> c.startsWith("c.")).toList(), none);
    }
}
