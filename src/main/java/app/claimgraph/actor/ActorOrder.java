package app.claimgraph.actor;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import app.claimgraph.paging.OrderDirection;

@Input("ActorOrder")
@Description("Order of a list of actors. Ties are broken by a stable internal order.")
public class ActorOrder {

    @DefaultValue("NAME")
    @Description("What to order by.")
    public ActorOrderField field = ActorOrderField.NAME;

    @DefaultValue("ASC")
    @Description("Direction.")
    public OrderDirection direction = OrderDirection.ASC;
}
