package app.claimgraph.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

import app.claimgraph.change.ChangeAction;
import app.claimgraph.node.GlobalId;
import app.claimgraph.ingest.WriteEvent;

/**
 * Rebuilds, from the change log, the write events an instance missed while its LISTEN connection was
 * down. Writes hold the cluster-wide write lock, so change ids grow in commit order and "every change
 * after the last one heard of" is exact. An ingest records its claims and relationships, then its
 * document: each document row closes one event; what follows the last one (curation) makes a final
 * event without a document.
 */
final class ChangeReplay {

    private static final int PAGE = 1000;

    record Row(long id, String type, String key, ChangeAction action) {
    }

    /** The rows to replay, and the last change id read (skipped rows included). */
    record Missed(List<Row> rows, long upTo) {
    }

    private ChangeReplay() {
    }

    /** The highest change id so far, 0 when none. */
    static long lastId(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM change_log");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The changes after {@code after}, oldest first, without those {@code skip} accepts (this instance's own). */
    static Missed since(Connection c, long after, LongPredicate skip) throws SQLException {
        List<Row> rows = new ArrayList<>();
        long from = after;
        while (true) {
            int n = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT id, entity_type, entity_key, action FROM change_log"
                    + " WHERE id > ? ORDER BY id FETCH FIRST " + PAGE + " ROWS ONLY")) {
                s.setLong(1, from);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        n++;
                        from = r.getLong(1);
                        if (!skip.test(from)) {
                            rows.add(new Row(from, r.getString(2), r.getString(3), ChangeAction.valueOf(r.getString(4))));
                        }
                    }
                }
            }
            if (n < PAGE) {
                return new Missed(rows, from);
            }
        }
    }

    /** The events the rows stand for, in order; rows of objects deleted since are left out. */
    static List<WriteEvent> events(Connection c, List<Row> rows) throws SQLException {
        Map<String, Long> documents = ids(c, "document", "doc_key", keys(rows, GlobalId.DOCUMENT));
        Map<String, Long> claims = ids(c, "claim", "claim_key", keys(rows, GlobalId.CLAIM));
        Map<String, Long> relationships = ids(c, "relationship", "rel_key", keys(rows, GlobalId.RELATIONSHIP));
        Map<String, Long> actors = ids(c, "actor", "actor_key", keys(rows, GlobalId.ACTOR));
        List<WriteEvent> out = new ArrayList<>();
        List<Long> addedClaims = new ArrayList<>();
        Set<Long> changedRelationships = new LinkedHashSet<>();
        boolean merging = false;
        for (Row row : rows) {
            switch (row.type()) {
                case GlobalId.CLAIM -> {
                    if (row.action() == ChangeAction.CREATED && claims.containsKey(row.key())) {
                        addedClaims.add(claims.get(row.key()));
                    }
                }
                case GlobalId.RELATIONSHIP -> {
                    if (row.action() != ChangeAction.DELETED && relationships.containsKey(row.key())) {
                        changedRelationships.add(relationships.get(row.key()));
                    }
                }
                case GlobalId.ACTOR -> {
                    // a merge writes MERGED rows, then UPDATED for the actor kept: its edges moved
                    if (row.action() == ChangeAction.MERGED) {
                        merging = true;
                    } else if (merging && row.action() == ChangeAction.UPDATED && actors.containsKey(row.key())) {
                        changedRelationships.addAll(edgesOf(c, actors.get(row.key())));
                        merging = false;
                    }
                }
                case GlobalId.DOCUMENT -> {
                    if (row.action() != ChangeAction.DELETED && documents.containsKey(row.key())) {
                        out.add(new WriteEvent(documents.get(row.key()), List.copyOf(addedClaims),
                                List.copyOf(changedRelationships)));
                        addedClaims.clear();
                        changedRelationships.clear();
                    }
                }
                default -> {
                    // other objects have no subscription
                }
            }
        }
        if (!addedClaims.isEmpty() || !changedRelationships.isEmpty()) {
            out.add(new WriteEvent(null, List.copyOf(addedClaims), List.copyOf(changedRelationships)));
        }
        return out;
    }

    private static Set<String> keys(List<Row> rows, String type) {
        Set<String> keys = new LinkedHashSet<>();
        rows.stream().filter(r -> r.type().equals(type)).forEach(r -> keys.add(r.key()));
        return keys;
    }

    private static Map<String, Long> ids(Connection c, String table, String keyColumn, Set<String> keys) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int i = 0; i < all.size(); i += PAGE) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + PAGE));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement s = c.prepareStatement("SELECT " + keyColumn + ", id FROM " + table + " WHERE "
                    + keyColumn + " IN (" + marks + ")")) {
                for (int j = 0; j < chunk.size(); j++) {
                    s.setString(j + 1, chunk.get(j));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getString(1), r.getLong(2));
                    }
                }
            }
        }
        return out;
    }

    private static List<Long> edgesOf(Connection c, long actor) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id FROM relationship WHERE source_id = ? OR target_id = ? ORDER BY id")) {
            s.setLong(1, actor);
            s.setLong(2, actor);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
        }
        return out;
    }
}
