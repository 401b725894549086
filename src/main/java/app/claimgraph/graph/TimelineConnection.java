package app.claimgraph.graph;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.paging.Connection;
import app.claimgraph.paging.KeysetQuery;
import app.claimgraph.paging.PageInfo;

@Type("TimelineConnection")
@Description("A page of timeline items in date order, undated items last (Relay cursor connection).")
public class TimelineConnection extends Connection<TimelineItem, TimelineEdge> {
    public TimelineConnection(List<TimelineEdge> edges, PageInfo pageInfo, KeysetQuery query, Long parent) {
        super(edges, pageInfo, query, parent);
    }
}
