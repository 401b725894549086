package app.claimgraph.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.claimgraph.actor.ActorEntity;

/** The fields of an actor as the change log records them. */
final class ActorSnapshot {

    private ActorSnapshot() {
    }

    static Map<String, Object> of(ActorEntity e, List<String> aliases) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", e.name);
        m.put("kind", e.kind.name());
        m.put("countryCode", e.countryCode);
        m.put("description", e.description);
        m.put("parentId", e.parentId);
        m.put("aliases", aliases);
        return m;
    }
}
