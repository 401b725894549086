package app.claimgraph.change;

import app.claimgraph.db.Sql;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.claimgraph.api.ApiError;
import app.claimgraph.paging.IdChunks;
import app.claimgraph.node.GlobalId;
import app.claimgraph.paging.KeysetQuery;
import app.claimgraph.paging.Ordering;
import app.claimgraph.paging.SqlFilter;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Records every change inside the writing transaction, and lists them. */
@ApplicationScoped
public class ChangeLog implements PanacheRepository<ChangeEntity> {

    @Inject
    Sql db;

    @Inject
    ObjectMapper json;
    @Inject
    TransactionSynchronizationRegistry transaction;

    /** Key of the id range of the changes written by the current transaction (see {@link #rangeInTransaction}). */
    private static final Object RANGE = new Object();

    public void record(String by, String type, String key, ChangeAction action, Map<String, ?> before,
            Map<String, ?> after, String note) {
        ChangeEntity e = new ChangeEntity();
        e.changedAt = OffsetDateTime.now(ZoneOffset.UTC);
        e.changedBy = by;
        e.entityType = type;
        e.entityKey = key;
        e.action = action;
        e.before = toJson(before);
        e.after = toJson(after);
        e.note = note;
        persist(e);
        if (e.id == null) {
            flush();
        }
        long[] range = (long[]) transaction.getResource(RANGE);
        if (range == null) {
            transaction.putResource(RANGE, new long[] {e.id, e.id});
        } else {
            range[1] = e.id;
        }
    }

    /**
     * The first and last ids of the changes the current transaction recorded, or null when none
     * (writes hold the write lock, so their ids are consecutive and commit in id order:
     * live.ClusterBus replays other instances' writes by them).
     */
    public long[] rangeInTransaction() {
        return (long[]) transaction.getResource(RANGE);
    }

    private String toJson(Map<String, ?> fields) {
        if (fields == null) {
            return null;
        }
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change cannot be serialised", e);
        }
    }

    public Map<Long, Change> changesByIds(Collection<Long> ids) {
        Map<Long, Change> result = new HashMap<>();
        if (!ids.isEmpty()) {
            for (ChangeEntity e : IdChunks.read(db, "SELECT * FROM change_log WHERE id IN (:ids)", ids,
                    Map.of(), ChangeLog::row)) {
                result.put(e.id, Change.from(e));
            }
        }
        return result;
    }

    /** Newest first; for one object when {@code entity} is given. */
    public KeysetQuery query(String entity) throws ApiError {
        SqlFilter where = new SqlFilter();
        if (entity != null) {
            GlobalId id = GlobalId.decode(entity, "entity");
            where.and("ch.entity_type = " + where.bind(id.type()));
            where.and("ch.entity_key = " + where.bind(id.key()));
        }
        return new KeysetQuery("change_log ch", null, where, Ordering.of("changes.NEWEST", "ch.id", true));
    }

    /** A row of {@code change_log} read by {@code SELECT *}, for the read side (not managed by any session). */
    static ChangeEntity row(ResultSet rs) throws SQLException {
        ChangeEntity e = new ChangeEntity();
        e.id = rs.getLong("id");
        e.changedAt = rs.getObject("changed_at", OffsetDateTime.class);
        e.changedBy = rs.getString("changed_by");
        e.entityType = rs.getString("entity_type");
        e.entityKey = rs.getString("entity_key");
        e.action = Sql.getEnum(rs, "action", ChangeAction.class);
        e.before = rs.getString("before_json");
        e.after = rs.getString("after_json");
        e.note = rs.getString("note");
        return e;
    }
}
