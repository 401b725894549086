package app.claimgraph.graph;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.paging.Edge;

@Type("TimelineEdge")
@Description("A timeline item with its cursor.")
public class TimelineEdge extends Edge<TimelineItem> {
    public TimelineEdge(String cursor, TimelineItem node) {
        super(cursor, node);
    }
}
