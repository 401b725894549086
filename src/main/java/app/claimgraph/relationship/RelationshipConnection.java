package app.claimgraph.relationship;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.paging.Connection;
import app.claimgraph.paging.KeysetQuery;
import app.claimgraph.paging.PageInfo;

@Type("RelationshipConnection")
@Description("A page of relationships (Relay cursor connection).")
public class RelationshipConnection extends Connection<Relationship, RelationshipEdge> {
    public RelationshipConnection(List<RelationshipEdge> edges, PageInfo pageInfo, KeysetQuery query, Long parent) {
        super(edges, pageInfo, query, parent);
    }
}
