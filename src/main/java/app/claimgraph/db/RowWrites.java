package app.claimgraph.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;

/**
 * Native statements of the write path that do not flush the session first.
 *
 * <p>Hibernate flushes before every native statement, since it cannot tell which tables the SQL
 * reads, and a flush checks every entity the transaction has loaded or persisted. An ingest writes
 * several link and index rows per claim, so a document of n claims paid about n² entity checks
 * (5,000 claims: most of 30 s). Only for statements that read no row with a change still pending in
 * the session: rows keyed by ids already inserted (a new entity's INSERT runs when it is persisted,
 * for its generated id), deletes of such rows. A statement that copies columns of an updated entity's
 * row must follow an explicit {@code flush()}.
 */
public final class RowWrites {

    private RowWrites() {
    }

    public static Query statement(EntityManager em, String sql) {
        return em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
    }
}
