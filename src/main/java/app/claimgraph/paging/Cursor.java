package app.claimgraph.paging;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import app.claimgraph.api.ApiError;

/**
 * Opaque keyset cursors: base64url of a JSON array holding the ordering's signature and the sort
 * values of one row. Decoding checks the signature, the arity and each value's type.
 */
public final class Cursor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LENGTH = 4096;

    private Cursor() {
    }

    public static String encode(Ordering ordering, Object[] values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        array.add(ordering.signature());
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            switch (ordering.columns().get(i).type()) {
                case LONG -> array.add(((Number) v).longValue());
                case INT -> array.add(((Number) v).intValue());
                case STRING -> array.add((String) v);
                case DATE -> array.add(SqlValues.toLocalDate(v).toString());
            }
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(array.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The sort values in a cursor, typed for binding; a cursor of another ordering is refused. */
    public static Object[] decode(String cursor, Ordering ordering, String argument) throws ApiError {
        ApiError invalid = ApiError.badArgument(argument, "Argument '" + argument
                + "' is not a valid cursor for this list and order: pass a cursor this field returned "
                + "(edges.cursor or pageInfo.startCursor/endCursor) with the same orderBy.");
        if (cursor == null || cursor.length() > MAX_LENGTH) {
            throw invalid;
        }
        try {
            JsonNode node = JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            List<SortColumn> cols = ordering.columns();
            if (node == null || !node.isArray() || node.size() != cols.size() + 1
                    || !ordering.signature().equals(node.get(0).asText())) {
                throw invalid;
            }
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < cols.size(); i++) {
                JsonNode v = node.get(i + 1);
                values.add(switch (cols.get(i).type()) {
                    case LONG -> {
                        if (!v.canConvertToLong() || !v.isIntegralNumber()) {
                            throw invalid;
                        }
                        yield v.longValue();
                    }
                    case INT -> {
                        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
                            throw invalid;
                        }
                        yield v.intValue();
                    }
                    case STRING -> {
                        if (!v.isTextual()) {
                            throw invalid;
                        }
                        yield v.textValue();
                    }
                    case DATE -> {
                        if (!v.isTextual()) {
                            throw invalid;
                        }
                        yield LocalDate.parse(v.textValue());
                    }
                });
            }
            return values.toArray();
        } catch (IllegalArgumentException | JsonProcessingException | DateTimeParseException e) {
            throw invalid;
        }
    }
}
