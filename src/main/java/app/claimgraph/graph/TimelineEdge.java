package app.claimgraph.graph;

import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.paging.Edge;

@Type("TimelineEdge")
@Description("A timeline item with its cursor.")
public class TimelineEdge extends Edge<TimelineItem> {
    public TimelineEdge(Supplier<String> cursor, TimelineItem node) {
        super(cursor, node);
    }
}
