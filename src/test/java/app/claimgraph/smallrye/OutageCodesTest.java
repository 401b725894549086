package app.claimgraph.smallrye;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Set;

import org.junit.jupiter.api.Test;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;

import app.claimgraph.db.DatabaseOutage;

/**
 * What a request is told when the database connection fails (issue 37): "nothing was read or
 * written" only when nothing was sent (no connection could be had, or the field only reads); a write
 * whose connection was lost after it began may have been committed: OUTCOME_UNKNOWN, safe to resend.
 */
class OutageCodesTest {

    private static final Set<String> WRITES = Set.of("ingestDocument", "ingestText");

    /** The code and message a field's failure gets; the outage (its own, not the application's) is told of it. */
    private static String code(String field, SQLException cause) {
        // no database here: its probe, 500 ms later, finds it back; the codes are given at once
        DatabaseOutage outage = new DatabaseOutage(() -> true);
        GraphQLError e = ErrorCodes.withCode(new ExceptionWhileDataFetching(ResultPath.parse("/" + field),
                new RuntimeException("wrapped", cause), new SourceLocation(1, 1)), WRITES, outage);
        assertTrue(outage.down(), "a connection failure marks the database down");
        return String.valueOf(e.getExtensions().get("code")) + ": " + e.getMessage();
    }

    @Test
    void aWriteThatLostItsConnectionMidwayIsAnsweredOutcomeUnknown() {
        SQLException lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        String write = code("ingestDocument", lost);
        assertTrue(write.startsWith("OUTCOME_UNKNOWN: ") && write.contains("may or may not have been committed")
                && write.contains("safe"), write);
        assertTrue(code("claims", lost).startsWith("UNAVAILABLE: "), "a read: nothing was written, truly");
    }

    @Test
    void aWriteThatNeverConnectedWroteNothing() {
        String refused = code("ingestDocument", new SQLException("Connection to localhost:5433 refused.", "08001"));
        assertTrue(refused.startsWith("UNAVAILABLE: ") && refused.contains("nothing was read or written"), refused);
        assertEquals("UNAVAILABLE", code("ingestText", new java.sql.SQLTransientConnectionException(
                "Connection refused", "08004")).split(":")[0]);
    }
}
