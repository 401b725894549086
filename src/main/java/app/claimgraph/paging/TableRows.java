package app.claimgraph.paging;

import java.util.List;
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
 * @param reader  an item from one row
 */
public record TableRows<T>(String table, List<String> columns, Sql.RowReader<T> reader) {

    public TableRows {
        columns = List.copyOf(columns);
    }

    /** The select list of these columns of the table aliased {@code alias}, each under its own name. */
    public String select(String alias) {
        return columns.stream().map(c -> alias + "." + c).collect(Collectors.joining(", "));
    }
}
