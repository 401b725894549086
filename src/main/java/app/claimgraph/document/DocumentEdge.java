package app.claimgraph.document;

import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.paging.Edge;

@Type("DocumentEdge")
@Description("A document in a list, with its cursor.")
public class DocumentEdge extends Edge<Document> {
    public DocumentEdge(Supplier<String> cursor, Document node) {
        super(cursor, node);
    }
}
