package app.claimgraph.claim;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import app.claimgraph.paging.OrderDirection;

@Input("ClaimOrder")
@Description("Order of a list of claims. Ties are broken by a stable internal order.")
public class ClaimOrder {

    @DefaultValue("DOCUMENT_ORDER")
    @Description("What to order by.")
    public ClaimOrderField field = ClaimOrderField.DOCUMENT_ORDER;

    @DefaultValue("ASC")
    @Description("Direction.")
    public OrderDirection direction = OrderDirection.ASC;
}
