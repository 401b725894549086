package app.claimgraph.graph;

import java.util.List;
import java.util.Map;

import app.claimgraph.relationship.RelationshipStatus;
import app.claimgraph.relationship.RelationshipType;

/** Which relationships a traversal may follow. */
public record EdgeFilter(List<RelationshipType> types, List<RelationshipStatus> statuses) {

    String sql(String alias, Map<String, Object> params) {
        StringBuilder sb = new StringBuilder("1 = 1");
        if (types != null && !types.isEmpty()) {
            params.put("types", types.stream().map(Enum::name).toList());
            sb.append(" AND ").append(alias).append(".rel_type IN (:types)");
        }
        if (statuses != null && !statuses.isEmpty()) {
            params.put("statuses", statuses.stream().map(Enum::name).toList());
            sb.append(" AND ").append(alias).append(".status IN (:statuses)");
        }
        return sb.toString();
    }
}
