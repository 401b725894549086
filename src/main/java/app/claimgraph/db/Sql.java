package app.claimgraph.db;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import jakarta.persistence.EntityManager;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;

import javax.sql.DataSource;

import org.hibernate.Session;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The read side's SQL, run over plain JDBC. Hibernate's native queries cost far more than the SQL they run:
 * a result-set mapping resolved from the metadata on every execution, an entity hydrated per row,
 * and a dirty check of the whole session before each query. Profiles of the nested actor page put
 * a third of the service's CPU there.
 * <p>
 * Parameters are named as in JPA ({@code :name}); a collection expands to {@code ?, ?, …} (NULL when
 * empty), an enum binds its name. On PostgreSQL, {@code IN (:name)} of {@value #ARRAY_FROM} or more
 * numbers or names becomes {@code = ANY (?)} bound to one array: a statement's text then no longer
 * depends on how many ids a page brought, so the driver prepares it once per connection and PostgreSQL
 * plans it once (a list of 86 ids was a new statement text, parsed and planned per execution). Shorter
 * lists stay expanded: their texts are few, and PostgreSQL, which prices an array parameter it cannot
 * see as 10 values, keeps planning a shorter array anew on every execution (a node lookup's one id:
 * 0.3 ms of planning per request).
 */
public final class Sql {

    /** Reads one row, positioned by the caller; columns by index or label. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The fewest values of an {@code IN} list that PostgreSQL gets as one array. */
    static final int ARRAY_FROM = 10;

    private static final LongAdder EXECUTED = new LongAdder();
    private static volatile Pool pool;

    private Sql() {
    }

    /**
     * Statements run here since start-up. Hibernate's statistics do not see them: N+1 checks and the
     * metric {@code claimgraph.sql.statements} add this count to Hibernate's.
     */
    public static long executed() {
        return EXECUTED.sum();
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
    public static List<Object[]> rows(EntityManager em, String sql, Map<String, ?> params) {
        return read(em, sql, params, ARRAY);
    }

    /**
     * Runs {@code sql}. Inside a transaction, on the session's connection, after flushing its pending
     * changes; outside one (every read resolver), on a pooled connection in autocommit, with no
     * session, no transaction and no request context: one round trip per statement, and safe on the
     * threads that resolve subscription events.
     */
    public static <T> List<T> read(EntityManager em, String sql, Map<String, ?> params, RowReader<T> reader) {
        List<Object> values = new ArrayList<>();
        String jdbc = positional(sql, params, values);
        if (QuarkusTransaction.isActive()) {
            Session session = em.unwrap(Session.class);
            if (session.getStatistics().getEntityCount() > 0) {
                session.flush();
            }
            return session.doReturningWork(c -> run(c, jdbc, values, reader));
        }
        try (Connection c = pool().getConnection()) {
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
    public static final class Scratch {
        private final Connection connection;

        private Scratch(Connection connection) {
            this.connection = connection;
        }

        /** Runs an INSERT, UPDATE or DELETE; returns the rows it touched. */
        public int update(String sql, Map<String, ?> params) throws SQLException {
            List<Object> values = new ArrayList<>();
            String jdbc = positional(sql, params, values);
            EXECUTED.increment();
            try (PreparedStatement ps = connection.prepareStatement(jdbc)) {
                bindAll(ps, values);
                return ps.executeUpdate();
            }
        }

        /** The rows as arrays ({@link #ARRAY}). */
        public List<Object[]> rows(String sql, Map<String, ?> params) throws SQLException {
            List<Object> values = new ArrayList<>();
            String jdbc = positional(sql, params, values);
            return run(connection, jdbc, values, ARRAY);
        }
    }

    /**
     * Runs {@code work} on a pooled connection of its own, in a local transaction that is rolled back
     * at the end whatever happens: a traversal's working set is never committed, never written to disk,
     * never seen by anyone else. A transaction active on the thread (a mutation's) is suspended
     * meanwhile, so that the connection does not join it.
     */
    public static <T> T scratch(ScratchWork<T> work) {
        TransactionManager transactions = null;
        Transaction outer = null;
        try {
            if (QuarkusTransaction.isActive()) {
                transactions = Arc.container().instance(TransactionManager.class).get();
                outer = transactions.suspend();
            }
            try (Connection c = pool().getConnection()) {
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

    private static <T> List<T> run(Connection c, String jdbc, List<Object> values, RowReader<T> reader)
            throws SQLException {
        EXECUTED.increment();
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

    /** The application's pool, looked up once per container (tests restart the application in one JVM). */
    private static DataSource pool() {
        ArcContainer container = Arc.container();
        Pool p = pool;
        if (p == null || p.container() != container) {
            p = new Pool(container, container.instance(AgroalDataSource.class).get());
            pool = p;
        }
        return p.dataSource();
    }

    private record Pool(ArcContainer container, DataSource dataSource) {
    }

    /** A statement of the read side failed; the cause says why (and whether the database is out of reach). */
    public static final class SqlFailure extends RuntimeException {
        SqlFailure(SQLException cause) {
            super("SQL statement failed", cause);
        }
    }

    /** {@code sql} with its named parameters replaced by {@code ?}, their values appended in order. */
    static String positional(String sql, Map<String, ?> params, List<Object> values) {
        return positional(sql, params, values, !Dialect.h2());
    }

    /**
     * As {@link #positional(String, Map, List)}; {@code arrays}: {@code IN (:name)} of a collection binds
     * it as one array ({@code = ANY (?)}), as PostgreSQL takes it.
     */
    static String positional(String sql, Map<String, ?> params, List<Object> values, boolean arrays) {
        StringBuilder out = new StringBuilder(sql.length() + 16);
        int n = sql.length();
        for (int i = 0; i < n; i++) {
            char ch = sql.charAt(i);
            if (ch == '\'') { // a literal is copied as it is
                int end = sql.indexOf('\'', i + 1);
                while (end > 0 && end + 1 < n && sql.charAt(end + 1) == '\'') {
                    end = sql.indexOf('\'', end + 2);
                }
                end = end < 0 ? n - 1 : end;
                out.append(sql, i, end + 1);
                i = end;
            } else if (ch == ':' && i + 1 < n && sql.charAt(i + 1) == ':') { // a PostgreSQL cast
                out.append("::");
                i++;
            } else if (ch == ':' && i + 1 < n && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                String name = sql.substring(i + 1, end);
                if (!params.containsKey(name)) {
                    throw new IllegalArgumentException("no value for parameter " + name);
                }
                Object value = params.get(name);
                Object[] array = arrays && end < n && sql.charAt(end) == ')' ? array(value) : null;
                if (array != null && replaceIn(out)) {
                    out.append('?');
                    values.add(array);
                } else {
                    bind(out, value, values);
                }
                i = end - 1;
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private static void bind(StringBuilder out, Object value, List<Object> values) {
        if (value instanceof Collection<?> many) {
            if (many.isEmpty()) {
                out.append("NULL");
                return;
            }
            boolean first = true;
            for (Object v : many) {
                out.append(first ? "?" : ", ?");
                values.add(jdbcValue(v));
                first = false;
            }
        } else {
            out.append('?');
            values.add(jdbcValue(value));
        }
    }

    /**
     * The collection as an array the driver binds as one value ({@code Long[]}, {@code Integer[]},
     * {@code String[]}, enums by name); null when it is not a collection, is shorter than
     * {@link #ARRAY_FROM}, or holds other values.
     */
    private static Object[] array(Object value) {
        if (!(value instanceof Collection<?> many) || many.size() < ARRAY_FROM) {
            return null;
        }
        Object first = many.iterator().next();
        Class<?> kind = first instanceof Enum<?> ? Enum.class : first == null ? null : first.getClass();
        Object[] out = kind == Long.class ? new Long[many.size()] : kind == Integer.class ? new Integer[many.size()]
                : kind == String.class || kind == Enum.class ? new String[many.size()] : null;
        if (out == null) {
            return null;
        }
        int i = 0;
        for (Object v : many) {
            Object bound = jdbcValue(v);
            if (bound == null || !out.getClass().getComponentType().isInstance(bound)) {
                return null;
            }
            out[i++] = bound;
        }
        return out;
    }

    /** Turns the {@code IN (} that {@code out} ends with (not {@code NOT IN (}) into {@code = ANY (}; false when it does not end so. */
    private static boolean replaceIn(StringBuilder out) {
        int i = out.length() - 1;
        if (i < 0 || out.charAt(i) != '(') {
            return false;
        }
        i--;
        while (i >= 0 && out.charAt(i) == ' ') {
            i--;
        }
        if (i < 2 || Character.toUpperCase(out.charAt(i)) != 'N' || Character.toUpperCase(out.charAt(i - 1)) != 'I'
                || out.charAt(i - 2) != ' ') {
            return false;
        }
        int word = i - 1;
        int before = word - 2;
        while (before >= 0 && out.charAt(before) == ' ') {
            before--;
        }
        if (before >= 2 && out.substring(before - 2, before + 1).equalsIgnoreCase("NOT")) {
            return false;
        }
        out.setLength(word);
        out.append("= ANY (");
        return true;
    }

    private static Object jdbcValue(Object v) {
        return v instanceof Enum<?> e ? e.name() : v;
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
