package app.claimgraph.paging;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import app.claimgraph.db.Sql;

/**
 * How the read side reads one table's rows into what it serves: the columns it selects (those the
 * served type holds, not the table's every column: a row of {@code claim} carries its folded text and an
 * actor its folded name and creation time, which no field returns, and each costs the database its output
 * and the driver its decoding on every row of every page) and the reader that builds an item from them, by label.
 *
 * @param table   the table's name
 * @param columns the columns {@code reader} reads
 * @param unread  those of {@code columns} selected as NULL (no field the query asks shows them)
 * @param reader  an item from one row
 */
public record TableRows<T>(String table, List<String> columns, Set<String> unread, Sql.RowReader<T> reader) {

    public TableRows {
        columns = List.copyOf(columns);
        unread = Set.copyOf(unread);
    }

    public TableRows(String table, List<String> columns, Sql.RowReader<T> reader) {
        this(table, columns, Set.of(), reader);
    }

    /** These rows with {@code skipped} (some of {@link #columns}) selected as NULL: the reader sees them empty. */
    public TableRows<T> without(Set<String> skipped) {
        if (!columns.containsAll(skipped)) {
            throw new IllegalArgumentException(table + " has no column among " + skipped);
        }
        return skipped.isEmpty() && unread.isEmpty() ? this : new TableRows<>(table, columns, skipped, reader);
    }

    /** The select list of these columns of the table aliased {@code alias}, each under its own name. */
    public String select(String alias) {
        return columns.stream().map(c -> unread.contains(c) ? "NULL AS " + c : alias + "." + c)
                .collect(Collectors.joining(", "));
    }
}
