package app.claimgraph.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.BiConsumer;

/**
 * One of a document's own fields as every layer carries it: its name in the API (the input, the
 * export file), its column, its kind and its longest accepted text. {@link DocumentEntity#FIELDS}
 * lists them, and the read side ({@link DocumentRepository}), ingestion (copy and validation), the
 * export and the import go through that list instead of naming each field: a field is added in the
 * list, the entity, a migration, the input ({@code DocumentInput.documentField}) and the GraphQL type.
 *
 * @param name      the field's name in {@code DocumentInput}, in {@code Document} and in the export file
 * @param column    its column in {@code document}
 * @param required  whether an input must give it (a non-blank text)
 * @param maxLength the longest text accepted (texts only)
 */
public record DocumentField(String name, String column, Kind kind, boolean required, int maxLength,
        BiConsumer<DocumentEntity, Object> set) {

    /** What a field holds: a text, or a date written as ISO 8601 ({@code 2025-01-31}) outside the database. */
    public enum Kind {
        TEXT, DATE
    }

    static DocumentField text(String name, String column, boolean required, int maxLength,
            BiConsumer<DocumentEntity, String> set) {
        return new DocumentField(name, column, Kind.TEXT, required, maxLength, (e, v) -> set.accept(e, (String) v));
    }

    static DocumentField date(String name, String column, BiConsumer<DocumentEntity, LocalDate> set) {
        return new DocumentField(name, column, Kind.DATE, false, 0, (e, v) -> set.accept(e, (LocalDate) v));
    }

    /** The field's value in a row that has its column (read by label). */
    public Object read(ResultSet rs) throws SQLException {
        return kind == Kind.DATE ? rs.getObject(column, LocalDate.class) : rs.getString(column);
    }

    /** A value as text outside the database (the export file); null stays null. */
    public static String written(Object value) {
        return value == null ? null : value.toString();
    }
}
