package app.claimgraph.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

import app.claimgraph.relationship.RelationshipEntity;

/** The fields of a relationship as the change log records them. */
final class RelationshipSnapshot {

    private RelationshipSnapshot() {
    }

    static Map<String, Object> of(RelationshipEntity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", e.type.name());
        m.put("status", e.status.name());
        m.put("since", e.since == null ? null : e.since.toString());
        m.put("until", e.until == null ? null : e.until.toString());
        m.put("description", e.description);
        return m;
    }
}
