package app.claimgraph.document;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import app.claimgraph.paging.OrderDirection;

@Input("DocumentOrder")
@Description("Order of a list of documents. Ties are broken by a stable internal order.")
public class DocumentOrder {

    @DefaultValue("INGESTED")
    @Description("What to order by.")
    public DocumentOrderField field = DocumentOrderField.INGESTED;

    @DefaultValue("ASC")
    @Description("Direction.")
    public OrderDirection direction = OrderDirection.ASC;
}
