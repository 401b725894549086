package app.claimgraph.relationship;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import app.claimgraph.paging.OrderDirection;

@Input("RelationshipOrder")
@Description("Order of a list of relationships. Ties are broken by a stable internal order.")
public class RelationshipOrder {

    @DefaultValue("TYPE")
    @Description("What to order by.")
    public RelationshipOrderField field = RelationshipOrderField.TYPE;

    @DefaultValue("ASC")
    @Description("Direction.")
    public OrderDirection direction = OrderDirection.ASC;
}
