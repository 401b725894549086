package app.claimgraph.paging;

import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page sits in its list, and the cursors to fetch the pages around it.")
public class PageInfo {

    private final boolean hasNextPage;
    private final boolean hasPreviousPage;
    // not named as the properties: SmallRye reads a property's type from a field of its name
    private final Supplier<String> first;
    private final Supplier<String> last;

    /** The cursors are read when asked for (from the page's first and last edges); null for an empty page. */
    public PageInfo(boolean hasNextPage, boolean hasPreviousPage, Supplier<String> startCursor, Supplier<String> endCursor) {
        this.hasNextPage = hasNextPage;
        this.hasPreviousPage = hasPreviousPage;
        this.first = startCursor;
        this.last = endCursor;
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
        return first == null ? null : first.get();
    }

    @Description("Cursor of the last item of this page; null when the page is empty.")
    public String getEndCursor() {
        return last == null ? null : last.get();
    }
}
