package app.claimgraph.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.claimgraph.paging.SortColumn.ValueType;

/**
 * The keyset seek on its own, against an in-memory table with ties and nulls: from every row taken as
 * the cursor, the seek condition selects exactly the rows after it in the ordering (forward), and, on the
 * reversed ordering, exactly the rows before it (backward). The API tests walk real lists; this covers
 * the orderings' corner cases without a request per page.
 */
class KeysetSeekTest {

    private static Connection db;

    @BeforeAll
    static void table() throws SQLException {
        db = DriverManager.getConnection("jdbc:h2:mem:keyset", "sa", "");
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE t (id BIGINT PRIMARY KEY, name VARCHAR(10), d DATE)");
            s.execute("INSERT INTO t VALUES (1, 'b', DATE '2025-01-02'), (2, 'a', NULL), (3, 'b', NULL),"
                    + " (4, 'c', DATE '2025-01-01'), (5, 'a', DATE '2025-01-02'), (6, 'b', DATE '2025-01-01'),"
                    + " (7, 'c', NULL), (8, 'a', DATE '2025-01-03')");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Test
    void byNameThenId() throws SQLException {
        SortColumn name = new SortColumn("name", ValueType.STRING, false);
        check(Ordering.of("NAME", "id", false, name));
        check(Ordering.of("NAME", "id", true, name.reversed()));
    }

    @Test
    void byNullableDateWithNullsLastInBothDirections() throws SQLException {
        check(Ordering.of("DATE", "id", false, SortColumn.nullsLast("d", ValueType.DATE, "DATE '1900-01-01'", false)));
        check(Ordering.of("DATE", "id", true, SortColumn.nullsLast("d", ValueType.DATE, "DATE '1900-01-01'", true)));
    }

    private static void check(Ordering ordering) throws SQLException {
        List<Object[]> rows = rows(ordering, null);
        List<Long> all = rows.stream().map(r -> ((Number) r[r.length - 1]).longValue()).toList();
        assertEquals(8, all.size());
        for (int i = 0; i < rows.size(); i++) {
            Object[] cursor = rows.get(i);
            assertEquals(all.subList(i + 1, all.size()), ids(rows(ordering, cursor)), ordering + ", after row " + all.get(i));
            List<Long> before = new ArrayList<>(all.subList(0, i));
            java.util.Collections.reverse(before);
            assertEquals(before, ids(rows(ordering.reversed(), cursor)), ordering + ", before row " + all.get(i));
        }
    }

    private static List<Long> ids(List<Object[]> rows) {
        return rows.stream().map(r -> ((Number) r[r.length - 1]).longValue()).toList();
    }

    /** The sort values of the rows of {@code ordering}, after {@code cursor} when given, as a page query runs. */
    private static List<Object[]> rows(Ordering ordering, Object[] cursor) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < ordering.columns().size(); i++) {
            sql.append(i > 0 ? ", " : "").append(ordering.columns().get(i).expression());
        }
        sql.append(" FROM t");
        Map<String, Object> params = new LinkedHashMap<>();
        if (cursor != null) {
            sql.append(" WHERE ").append(KeysetQuery.seek(ordering, cursor, params));
        }
        sql.append(" ORDER BY ").append(ordering.orderByClause(null));
        // named parameters (:c0, :c1 …) as JDBC positions
        List<Object> values = new ArrayList<>();
        Matcher m = Pattern.compile(":(c\\d+)").matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            values.add(params.get(m.group(1)));
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        try (PreparedStatement s = db.prepareStatement(jdbc.toString())) {
            for (int i = 0; i < values.size(); i++) {
                s.setObject(i + 1, values.get(i));
            }
            List<Object[]> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    Object[] row = new Object[n];
                    for (int c = 0; c < n; c++) {
                        row[c] = r.getObject(c + 1);
                    }
                    out.add(row);
                }
            }
            return out;
        }
    }
}
