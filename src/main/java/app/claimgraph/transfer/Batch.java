package app.claimgraph.transfer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JDBC batches for the import: rows are added to a prepared statement per SQL text and sent a few
 * hundred at a time, statements in the order they were first used, so a row that looks its parent
 * up by key (a claim's document, a subject's claim) is sent after the parent. Memory holds one batch.
 */
final class Batch implements AutoCloseable {

    /** A null of a given SQL type (PostgreSQL wants the type of a null parameter). */
    record Null(int sqlType) {
        static final Null TEXT = new Null(Types.VARCHAR);
        static final Null DATE = new Null(Types.DATE);
        static final Null DOUBLE = new Null(Types.DOUBLE);
    }

    private static final int ROWS = 500;
    private final Connection c;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
    private final Map<String, PreparedStatement> generating = new LinkedHashMap<>();
    private int pending;

    Batch(Connection c) {
        this.c = c;
    }

    void add(String sql, Object... values) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            statements.put(sql, ps);
        }
        bind(ps, values);
        ps.addBatch();
        if (++pending >= ROWS) {
            flush();
        }
    }

    /**
     * Inserts rows now (what is pending first, as they may look it up) and returns their generated ids in
     * order, so the rows that hang on them name them directly instead of looking each up by key.
     */
    long[] insert(String sql, List<Object[]> rows) throws SQLException {
        flush();
        PreparedStatement ps = generating.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql, new String[] { "id" });
            generating.put(sql, ps);
        }
        for (Object[] row : rows) {
            bind(ps, row);
            ps.addBatch();
        }
        ps.executeBatch();
        long[] ids = new long[rows.size()];
        try (ResultSet keys = ps.getGeneratedKeys()) {
            for (int i = 0; i < ids.length && keys.next(); i++) {
                ids[i] = keys.getLong(1);
            }
        }
        return ids;
    }

    private static void bind(PreparedStatement ps, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof Null n) {
                ps.setNull(i + 1, n.sqlType());
            } else if (v instanceof String s) {
                ps.setString(i + 1, s);
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }

    void flush() throws SQLException {
        for (PreparedStatement ps : statements.values()) {
            ps.executeBatch();
        }
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements.values()) {
            ps.close();
        }
        for (PreparedStatement ps : generating.values()) {
            ps.close();
        }
    }
}
