package app.claimgraph.change;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import app.claimgraph.db.Sql;
import app.claimgraph.api.ApiError;
import app.claimgraph.paging.KeysetQuery;
import app.claimgraph.paging.PageArgs;
import app.claimgraph.paging.Pages;

@GraphQLApi
public class ChangeGraphQL {

    @Inject
    Sql db;

    @Inject
    ChangeLog changes;

    @Query("changes")
    @NonNull
    @Description("Recorded changes, newest first: all of them, or those of one object (e.g. who changed a claim's verdict).")
    public ChangeConnection changes(
            @Id @Name("entity") @Description("Only changes of the object with this ID.") String entity,
            @Name("first") @Description("Page size when paging forward (0–100, default 20).") Integer first,
            @Name("after") @Description("Return the items after this cursor.") String after,
            @Name("last") @Description("Page size when paging backward (0–100).") Integer last,
            @Name("before") @Description("Return the items before this cursor.") String before) throws ApiError {
        KeysetQuery query = changes.query(entity);
        PageArgs page = PageArgs.of(first, after, last, before, query.ordering());
        return Pages.fetch(db, query, page, changes::changesByIds, ChangeEdge::new,
                ChangeConnection::new);
    }

    @NonNull
    @Description("Number of changes in the whole list, all pages together.")
    public List<Integer> totalCount(@Source List<ChangeConnection> connections) {
        return Pages.totalCounts(db, connections);
    }
}
