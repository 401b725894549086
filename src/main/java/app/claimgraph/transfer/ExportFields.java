package app.claimgraph.transfer;

import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import app.claimgraph.document.DocumentField;

/** An export line's fields as values to bind: each a value of its SQL type, or that type's null. */
final class ExportFields {

    private ExportFields() {
    }

    /** A string field, or a typed null. */
    static Object text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonString s ? s.getString() : Batch.Null.TEXT;
    }

    static Object number(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonNumber n ? (Object) n.doubleValue() : Batch.Null.DOUBLE;
    }

    static Object date(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonString s ? (Object) LocalDate.parse(s.getString()) : Batch.Null.DATE;
    }

    /** One of the document's own fields, by its kind. */
    static Object field(JsonObject o, DocumentField f) {
        return switch (f.kind()) {
            case TEXT -> text(o, f.name());
            case DATE -> date(o, f.name());
        };
    }

    static List<String> strings(JsonArray a) {
        return a == null ? List.of() : a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
