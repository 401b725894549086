package app.claimgraph.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.claimgraph.claim.ClaimStatus;

/** Named parameters to JDBC's positional ones, as the read side's SQL uses them. */
class SqlTest {

    private static String positional(String sql, Map<String, ?> params, List<Object> values) {
        return Sql.positional(sql, params, values);
    }

    @Test
    void collectionsExpandAndScalarsBindInOrder() {
        List<Object> values = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("ids", List.of(3L, 1L, 2L));
        params.put("c0", "x");
        String sql = positional("SELECT id FROM claim WHERE id IN (:ids) AND c = :c0 AND d = :c0", params, values);
        assertEquals("SELECT id FROM claim WHERE id IN (?, ?, ?) AND c = ? AND d = ?", sql);
        assertEquals(List.of(3L, 1L, 2L, "x", "x"), values);
    }

    @Test
    void literalsCastsAndEmptyListsAreLeftAlone() {
        List<Object> values = new ArrayList<>();
        String sql = positional("SELECT COALESCE(d, DATE '0001-01-01'), 'a:b''s :x', t::text FROM c WHERE s IN (:none)"
                + " AND status = :s", Map.of("none", List.of(), "s", ClaimStatus.DISPUTED), values);
        assertEquals("SELECT COALESCE(d, DATE '0001-01-01'), 'a:b''s :x', t::text FROM c WHERE s IN (NULL)"
                + " AND status = ?", sql);
        assertEquals(List.of("DISPUTED"), values, "an enum binds its name");
    }

    @Test
    void aParameterWithoutValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> positional("SELECT 1 WHERE a = :missing", Map.of(), new ArrayList<>()));
    }
}
