package app.claimgraph.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

    /** As on H2 (collections expanded), whichever database the build is for. */
    private static String positional(String sql, Map<String, ?> params, List<Object> values) {
        return Sql.positional(sql, params, values, false);
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
    void onPostgreSqlAnInListOfIdsOrNamesBindsOneArray() {
        List<Object> values = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("ids", List.of(3L, 1L));
        params.put("types", List.of(ClaimStatus.DISPUTED, ClaimStatus.CONFIRMED));
        params.put("c0", "x");
        String sql = Sql.positional("SELECT id FROM claim WHERE id IN (:ids) AND s in  (:types) AND c = :c0", params, values,
                true);
        assertEquals("SELECT id FROM claim WHERE id = ANY (?) AND s = ANY (?) AND c = ?", sql);
        assertEquals(3, values.size());
        assertArrayEquals(new Long[] { 3L, 1L }, (Object[]) values.get(0));
        assertArrayEquals(new String[] { "DISPUTED", "CONFIRMED" }, (Object[]) values.get(1), "enums bind their names");
        assertEquals("x", values.get(2));
    }

    @Test
    void onPostgreSqlOtherListsStillExpand() {
        List<Object> values = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("mixed", List.of(1L, 2));
        params.put("not", List.of(5L));
        params.put("pair", List.of(7L, 8L));
        params.put("none", List.of());
        String sql = Sql.positional("SELECT 1 WHERE a IN (:mixed) AND b NOT IN (:not) AND c IN (:pair, 9) AND d IN (:none)",
                params, values, true);
        assertEquals("SELECT 1 WHERE a IN (?, ?) AND b NOT IN (?) AND c IN (?, ?, 9) AND d IN (NULL)", sql);
        assertEquals(List.of(1L, 2, 5L, 7L, 8L), values);
    }

    @Test
    void aParameterWithoutValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> positional("SELECT 1 WHERE a = :missing", Map.of(), new ArrayList<>()));
    }
}
