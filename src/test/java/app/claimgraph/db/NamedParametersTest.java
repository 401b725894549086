package app.claimgraph.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import app.claimgraph.claim.ClaimStatus;

/** Named parameters to JDBC's positional ones, as the read side's SQL uses them. */
class NamedParametersTest {

    /** As on H2 (collections expanded), whichever database the build is for. */
    private static String positional(String sql, Map<String, ?> params, List<Object> values) {
        return NamedParameters.positional(sql, params, values, false);
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
    void onPostgreSqlAnInListOfTenOrMoreIdsOrNamesBindsOneArray() {
        List<Object> values = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        List<Long> ids = LongStream.rangeClosed(1, NamedParameters.ARRAY_FROM).boxed().toList();
        List<ClaimStatus> statuses = Collections.nCopies(NamedParameters.ARRAY_FROM, ClaimStatus.DISPUTED);
        params.put("ids", ids);
        params.put("types", statuses);
        params.put("c0", "x");
        String sql = NamedParameters.positional("SELECT id FROM claim WHERE id IN (:ids) AND s in  (:types) AND c = :c0", params, values,
                true);
        assertEquals("SELECT id FROM claim WHERE id = ANY (?) AND s = ANY (?) AND c = ?", sql);
        assertEquals(3, values.size());
        assertArrayEquals(ids.toArray(Long[]::new), (Object[]) values.get(0));
        assertArrayEquals(Collections.nCopies(NamedParameters.ARRAY_FROM, "DISPUTED").toArray(String[]::new), (Object[]) values.get(1),
                "enums bind their names");
        assertEquals("x", values.get(2));
    }

    @Test
    void onPostgreSqlShortMixedAndOtherListsStillExpand() {
        List<Object> values = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        List<Long> ten = LongStream.rangeClosed(1, NamedParameters.ARRAY_FROM).boxed().toList();
        List<Object> mixed = new ArrayList<>(ten);
        mixed.set(0, 1);
        params.put("short", ten.subList(0, NamedParameters.ARRAY_FROM - 1));
        params.put("mixed", mixed);
        params.put("not", ten);
        params.put("pair", ten);
        params.put("none", List.of());
        String sql = NamedParameters.positional("SELECT 1 WHERE a IN (:short) AND b IN (:mixed) AND c NOT IN (:not) AND d IN (:pair, 0)"
                + " AND e IN (:none)", params, values, true);
        String nine = String.join(", ", Collections.nCopies(NamedParameters.ARRAY_FROM - 1, "?"));
        String all = nine + ", ?";
        assertEquals("SELECT 1 WHERE a IN (" + nine + ") AND b IN (" + all + ") AND c NOT IN (" + all + ") AND d IN (" + all
                + ", 0) AND e IN (NULL)", sql);
        assertEquals(ten.size() * 4 - 1, values.size());
        assertEquals(1, values.get(NamedParameters.ARRAY_FROM - 1), "an Integer among Longs: the list is expanded as it is");
    }

    @Test
    void onPostgreSqlOnlyTheWordNotKeepsTheListExpanded() {
        List<Object> values = new ArrayList<>();
        List<Long> ten = LongStream.rangeClosed(1, NamedParameters.ARRAY_FROM).boxed().toList();
        String sql = NamedParameters.positional("SELECT 1 WHERE x.knot IN (:a) AND (y)IN(:b) AND z not\n in (:c)",
                Map.of("a", ten, "b", ten, "c", ten), values, true);
        String all = String.join(", ", Collections.nCopies(NamedParameters.ARRAY_FROM, "?"));
        assertEquals("SELECT 1 WHERE x.knot = ANY (?) AND (y)= ANY (?) AND z not\n in (" + all + ")", sql);
        assertEquals(2 + NamedParameters.ARRAY_FROM, values.size());
    }

    @Test
    void aParameterWithoutValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> positional("SELECT 1 WHERE a = :missing", Map.of(), new ArrayList<>()));
    }
}
