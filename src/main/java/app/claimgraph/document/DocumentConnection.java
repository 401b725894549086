package app.claimgraph.document;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.paging.Connection;
import app.claimgraph.paging.KeysetQuery;
import app.claimgraph.paging.PageInfo;

@Type("DocumentConnection")
@Description("A page of documents (Relay cursor connection).")
public class DocumentConnection extends Connection<Document, DocumentEdge> {
    public DocumentConnection(List<DocumentEdge> edges, PageInfo pageInfo, KeysetQuery query, Long parent) {
        super(edges, pageInfo, query, parent);
    }
}
