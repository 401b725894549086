package app.claimgraph.paging;

import app.claimgraph.api.ApiError;

/**
 * Validated Relay pagination arguments. Forward ({@code first}/{@code after}) or backward
 * ({@code last}/{@code before}); never both directions in one request.
 */
public record PageArgs(int size, boolean backward, Object[] cursor) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageArgs of(Integer first, String after, Integer last, String before, Ordering ordering)
            throws ApiError {
        if (first != null && last != null) {
            throw ApiError.badArgument("last", "Pass either 'first' (with 'after') or 'last' (with 'before'), not both.");
        }
        if (after != null && before != null) {
            throw ApiError.badArgument("before", "Pass either 'after' or 'before', not both.");
        }
        checkSize("first", first);
        checkSize("last", last);
        boolean backward = last != null || (first == null && before != null);
        if (backward && after != null) {
            throw ApiError.badArgument("after", "'after' pages forward: use it with 'first', or use 'before' with 'last'.");
        }
        if (!backward && before != null) {
            throw ApiError.badArgument("before", "'before' pages backward: use it with 'last', or use 'after' with 'first'.");
        }
        int size = backward ? (last != null ? last : DEFAULT_SIZE) : (first != null ? first : DEFAULT_SIZE);
        Object[] cursor = null;
        if (after != null) {
            cursor = Cursor.decode(after, ordering, "after");
        } else if (before != null) {
            cursor = Cursor.decode(before, ordering, "before");
        }
        return new PageArgs(size, backward, cursor);
    }

    private static void checkSize(String argument, Integer value) throws ApiError {
        if (value != null && (value < 0 || value > MAX_SIZE)) {
            throw ApiError.badArgument(argument, "Argument '" + argument + "' must be between 0 and " + MAX_SIZE
                    + " (got " + value + "); page through longer lists with cursors.");
        }
    }

    public boolean hasCursor() {
        return cursor != null;
    }
}
