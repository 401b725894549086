package app.claimgraph.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page sits in its list, and the cursors to fetch the pages around it.")
public class PageInfo {

    private final boolean hasNextPage;
    private final boolean hasPreviousPage;
    private final String startCursor;
    private final String endCursor;

    public PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
        this.hasNextPage = hasNextPage;
        this.hasPreviousPage = hasPreviousPage;
        this.startCursor = startCursor;
        this.endCursor = endCursor;
    }

    @NonNull
    @Description("True when more items follow this page (pass `endCursor` as `after`).")
    public boolean getHasNextPage() {
        return hasNextPage;
    }

    @NonNull
    @Description("True when items precede this page (pass `startCursor` as `before`). When paging forward it is true exactly when `after` was given.")
    public boolean getHasPreviousPage() {
        return hasPreviousPage;
    }

    @Description("Cursor of the first item of this page; null when the page is empty.")
    public String getStartCursor() {
        return startCursor;
    }

    @Description("Cursor of the last item of this page; null when the page is empty.")
    public String getEndCursor() {
        return endCursor;
    }
}
