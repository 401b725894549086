package app.claimgraph.claim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import app.claimgraph.db.Sql;
import app.claimgraph.paging.TableRows;

/** How a claim row becomes the Claim the read side serves: the columns read, and which a page may leave out. */
public final class ClaimRows {

    private ClaimRows() {
    }

    /**
     * The columns a claim is served from, read by {@link #claim}: not {@code text_norm} (a second copy of the
     * text, for filters), {@code ref} nor {@code position}.
     */
    public static final TableRows<Claim> ROWS = new TableRows<>("claim", List.of("id", "claim_key", "document_id",
            "claimant_id", "text", "quote", "claim_type", "status", "stated_on", "date_precision", "date_note", "confidence"),
            ClaimRows::claim);

    /**
     * The columns of {@link #ROWS} that only one field of Claim shows, by field: the others (id, key, document,
     * claimant) identify the claim, page it or lead to other types, and are always read.
     */
    private static final Map<String, String> SHOWN_BY = Map.of("text", "text", "quote", "quote", "type", "claim_type",
            "status", "status", "statedOn", "stated_on", "datePrecision", "date_precision", "dateNote", "date_note",
            "confidence", "confidence");

    /**
     * {@link #ROWS} without the columns of the fields {@code asked} says no query asks (a page of claims that
     * shows their text and status reads no date, quote nor confidence).
     */
    public static TableRows<Claim> rows(Predicate<String> asked) {
        Set<String> skipped = new HashSet<>();
        SHOWN_BY.forEach((field, column) -> {
            if (!asked.test(field)) {
                skipped.add(column);
            }
        });
        return ROWS.without(skipped);
    }

    /** A claim as the read side serves it, from a row holding {@link #ROWS}' columns under their own names. */
    static Claim claim(ResultSet rs) throws SQLException {
        double confidence = rs.getDouble("confidence");
        Double knownConfidence = rs.wasNull() ? null : confidence;
        return new Claim(rs.getLong("id"), rs.getString("claim_key"), rs.getLong("document_id"),
                Sql.getLong(rs, "claimant_id"), rs.getString("text"), rs.getString("quote"),
                Sql.getEnum(rs, "claim_type", ClaimType.class), Sql.getEnum(rs, "status", ClaimStatus.class),
                rs.getObject("stated_on", LocalDate.class), Sql.getEnum(rs, "date_precision", DatePrecision.class),
                rs.getString("date_note"), knownConfidence);
    }
}
