package app.claimgraph.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.paging.Connection;
import app.claimgraph.paging.KeysetQuery;
import app.claimgraph.paging.PageInfo;

@Type("ActorConnection")
@Description("A page of actors (Relay cursor connection).")
public class ActorConnection extends Connection<Actor, ActorEdge> {
    public ActorConnection(List<ActorEdge> edges, PageInfo pageInfo, KeysetQuery query, Long parent) {
        super(edges, pageInfo, query, parent);
    }
}
