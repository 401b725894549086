package app.claimgraph.db;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;

import javax.sql.DataSource;

import org.hibernate.Session;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The read side's SQL, run over plain JDBC. Hibernate's native queries cost far more than the SQL they run:
 * a result-set mapping resolved from the metadata on every execution, an entity hydrated per row,
 * and a dirty check of the whole session before each query. Profiles of the nested actor page put
 * a third of the service's CPU there.
 * <p>
 * Parameters are named as in JPA ({@code :name}), translated by {@link NamedParameters}.
 */
@Singleton
public final class Sql {

    /** Reads one row, positioned by the caller; columns by index or label. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final LongAdder executed = new LongAdder();
    private final DataSource pool;
    /** The session's connection inside a write transaction; null when there is none (a plain datasource). */
    private final EntityManager em;
    private final TransactionManager transactions;

    @Inject
    Sql(DataSource pool, EntityManager em, TransactionManager transactions) {
        this.pool = pool;
        this.em = em;
        this.transactions = transactions;
    }

    /**
     * Statements on a plain datasource, with no container: every statement on a connection of its own in
     * autocommit, as the read side runs outside a transaction (tests of repositories without Quarkus).
     */
    public Sql(DataSource pool) {
        this(pool, null, null);
    }

    /**
     * Statements run here since start-up. Hibernate's statistics do not see them: N+1 checks and the
     * metric {@code claimgraph.sql.statements} add this count to Hibernate's.
     */
    public long executed() {
        return executed.sum();
    }

    /** Reads the value of one column, by index. */
    @FunctionalInterface
    public interface ColumnReader {
        Object read(ResultSet rs, int column) throws SQLException;
    }

    /** One column as {@link #ARRAY} reads it. */
    public static final ColumnReader ARRAY_VALUE = (rs, column) -> {
        Object v = rs.getObject(column);
        if (v instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return v instanceof java.sql.Date ? rs.getObject(column, LocalDate.class) : v;
    };

    /**
     * A row as an array of the driver's values; CLOBs read as strings, dates as {@link LocalDate}
     * (a {@code java.sql.Date} of year 1, the null stand-in of date orderings, comes back two days off).
     */
    public static final RowReader<Object[]> ARRAY = rs -> {
        int n = rs.getMetaData().getColumnCount();
        Object[] row = new Object[n];
        for (int i = 0; i < n; i++) {
            row[i] = ARRAY_VALUE.read(rs, i + 1);
        }
        return row;
    };

    /** The rows as arrays ({@link #ARRAY}). */
    public List<Object[]> rows(String sql, Map<String, ?> params) {
        return read(sql, params, ARRAY);
    }

    /**
     * Runs {@code sql}. Inside a transaction, on the session's connection, after flushing its pending
     * changes; outside one (every read resolver), on a pooled connection in autocommit, with no
     * session, no transaction and no request context: one round trip per statement, and safe on the
     * threads that resolve subscription events.
     */
    public <T> List<T> read(String sql, Map<String, ?> params, RowReader<T> reader) {
        List<Object> values = new ArrayList<>();
        String jdbc = NamedParameters.positional(sql, params, values);
        if (inTransaction()) {
            Session session = em.unwrap(Session.class);
            if (session.getStatistics().getEntityCount() > 0) {
                session.flush();
            }
            return session.doReturningWork(c -> run(c, jdbc, values, reader));
        }
        try (Connection c = pool.getConnection()) {
            return run(c, jdbc, values, reader);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Work done on the one connection of {@link #scratch}. */
    @FunctionalInterface
    public interface ScratchWork<T> {
        T run(Scratch scratch) throws SQLException;
    }

    /** The connection of {@link #scratch}: what it writes, its own reads see, and no one else. */
    public final class Scratch {
        private final Connection connection;

        private Scratch(Connection connection) {
            this.connection = connection;
        }

        /** Runs an INSERT, UPDATE or DELETE; returns the rows it touched. */
        public int update(String sql, Map<String, ?> params) throws SQLException {
            List<Object> values = new ArrayList<>();
            String jdbc = NamedParameters.positional(sql, params, values);
            executed.increment();
            try (PreparedStatement ps = connection.prepareStatement(jdbc)) {
                bindAll(ps, values);
                return ps.executeUpdate();
            }
        }

        /** The rows as arrays ({@link #ARRAY}). */
        public List<Object[]> rows(String sql, Map<String, ?> params) throws SQLException {
            List<Object> values = new ArrayList<>();
            String jdbc = NamedParameters.positional(sql, params, values);
            return run(connection, jdbc, values, ARRAY);
        }
    }

    /**
     * Runs {@code work} on a pooled connection of its own, in a local transaction that is rolled back
     * at the end whatever happens: a traversal's working set is never committed, never written to disk,
     * never seen by anyone else. A transaction active on the thread (a mutation's) is suspended
     * meanwhile, so that the connection does not join it.
     */
    public <T> T scratch(ScratchWork<T> work) {
        Transaction outer = null;
        try {
            if (inTransaction()) {
                outer = transactions.suspend();
            }
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                try {
                    return work.run(new Scratch(c));
                } finally {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            } finally {
                if (outer != null) {
                    transactions.resume(outer);
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        } catch (SystemException | jakarta.transaction.InvalidTransactionException e) {
            throw new IllegalStateException("the transaction around a traversal could not be suspended or resumed", e);
        }
    }

    private static void bindAll(PreparedStatement ps, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setObject(i + 1, values.get(i));
        }
    }

    /** Whether a transaction is active on this thread (never, on a plain datasource). */
    private boolean inTransaction() {
        return transactions != null && QuarkusTransaction.isActive();
    }

    private <T> List<T> run(Connection c, String jdbc, List<Object> values, RowReader<T> reader)
            throws SQLException {
        executed.increment();
        try (PreparedStatement ps = c.prepareStatement(jdbc)) {
            bindAll(ps, values);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
            return out;
        }
    }

    /** A statement of the read side failed; the cause says why (and whether the database is out of reach). */
    public static final class SqlFailure extends RuntimeException {
        SqlFailure(SQLException cause) {
            super("SQL statement failed", cause);
        }
    }

    /** A nullable BIGINT column. */
    public static Long getLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** A nullable enum column holding the constant's name. */
    public static <E extends Enum<E>> E getEnum(ResultSet rs, String column, Class<E> type) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : Enum.valueOf(type, v.trim());
    }
}
