package app.claimgraph.change;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.paging.Connection;
import app.claimgraph.paging.KeysetQuery;
import app.claimgraph.paging.PageInfo;

@Type("ChangeConnection")
@Description("A page of recorded changes, newest first (Relay cursor connection).")
public class ChangeConnection extends Connection<Change, ChangeEdge> {
    public ChangeConnection(List<ChangeEdge> edges, PageInfo pageInfo, KeysetQuery query, Long parent) {
        super(edges, pageInfo, query, parent);
    }
}
