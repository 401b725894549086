package app.claimgraph.document;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import app.claimgraph.db.Sql;
import app.claimgraph.actor.Actor;
import app.claimgraph.actor.ActorRepository;
import app.claimgraph.api.ApiError;
import app.claimgraph.node.GlobalId;
import app.claimgraph.paging.KeysetQuery;
import app.claimgraph.paging.PageArgs;
import app.claimgraph.paging.Pages;

@GraphQLApi
// No transaction and no Hibernate session: every read goes through db/Sql, one pooled connection per
// statement. The fields of subscription events are resolved on other threads after the request that
// opened them has ended, so nothing here may depend on that request's context.
public class DocumentGraphQL {

    @Inject
    Sql db;

    @Inject
    DocumentRepository documents;

    @Inject
    ActorRepository actors;

    @Query("document")
    @Description("The document with this ID, or null if there is none.")
    public Document document(@NonNull @Id @Name("id") @Description("A Document ID.") String id) throws ApiError {
        String key = GlobalId.decodeKey(id, GlobalId.DOCUMENT, "id");
        return documents.documentsByKeys(List.of(key)).get(key);
    }

    @Query("documents")
    @NonNull
    @Description("Documents, filtered and ordered, one page at a time (default 20, at most 100 per page).")
    public DocumentConnection documents(
            @Name("filter") @Description("Conditions the documents must meet.") DocumentFilter filter,
            @Name("orderBy") @Description("Order of the list; ingestion order when omitted.") DocumentOrder orderBy,
            @Name("first") @Description("Page size when paging forward (0–100, default 20).") Integer first,
            @Name("after") @Description("Return the items after this cursor.") String after,
            @Name("last") @Description("Page size when paging backward (0–100).") Integer last,
            @Name("before") @Description("Return the items before this cursor.") String before) throws ApiError {
        KeysetQuery query = documents.query(filter, orderBy);
        PageArgs page = PageArgs.of(first, after, last, before, query.ordering());
        return Pages.fetch(db, query, page, documents::documentsByIds, DocumentEdge::new,
                DocumentConnection::new);
    }

    @Description("The media outlet or body that published the document, if known.")
    public List<Actor> publisher(@Source List<Document> docs) {
        Map<Long, Actor> byId = actors.actorsByIds(
                docs.stream().map(Document::publisherId).filter(p -> p != null).distinct().toList());
        return docs.stream().map(d -> d.publisherId() == null ? null : byId.get(d.publisherId())).toList();
    }

    @NonNull
    @Description("Number of documents in the whole list, all pages together.")
    public List<Integer> totalCount(@Source List<DocumentConnection> connections) {
        return Pages.totalCounts(db, connections);
    }
}
