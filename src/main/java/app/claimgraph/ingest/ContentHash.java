package app.claimgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What makes a document "the same" when it is sent again: a SHA-256 of its input in a canonical form
 * (version 2): object fields sorted, nulls, empty lists and objects and false omitted, so that an
 * input field added in a later release, absent or at its default, changes no stored hash. Version 1
 * (until 2026-12-05) hashed Jackson's serialisation of the whole input, nulls included; a document
 * stored with it is recognised by {@link #legacy}, which serialises only the fields version 1 had.
 */
public final class ContentHash {

    /** The version {@link #of} computes; the document table keeps each hash's version. */
    public static final int VERSION = 2;

    private static final Set<String> DOCUMENT_V1 = Set.of("title", "url", "publishedOn", "language", "publisher", "text",
            "actors", "claims", "relationships");
    private static final Set<String> ACTOR_V1 = Set.of("ref", "id", "name", "kind", "countryCode", "aliases",
            "description", "parent");
    private static final Set<String> CLAIM_V1 = Set.of("ref", "text", "quote", "type", "status", "claimant",
            "reportedBy", "subjects", "statedOn", "datePrecision", "dateNote", "confidence", "evidence", "contradicts",
            "corroborates");
    private static final Set<String> RELATIONSHIP_V1 = Set.of("source", "target", "type", "status", "since", "until",
            "description", "evidence");
    private static final Set<String> SPAN_V1 = Set.of("start", "end", "text");

    private ContentHash() {
    }

    public static String of(ObjectMapper json, DocumentInput in) {
        return of(json, (JsonNode) json.valueToTree(in));
    }

    static String of(ObjectMapper json, JsonNode input) {
        return sha256(write(json, canonical(input)));
    }

    /** Version 1's hash of the same input: the fields it knew, in their order, nulls included. */
    public static String legacy(ObjectMapper json, DocumentInput in) {
        return legacy(json, (JsonNode) json.valueToTree(in));
    }

    static String legacy(ObjectMapper json, JsonNode input) {
        ObjectNode doc = input.deepCopy();
        keep(doc, DOCUMENT_V1);
        each(doc, "actors", a -> keep(a, ACTOR_V1));
        each(doc, "relationships", r -> keep(r, RELATIONSHIP_V1));
        each(doc, "claims", c -> {
            keep(c, CLAIM_V1);
            each(c, "evidence", s -> keep(s, SPAN_V1));
        });
        return sha256(write(json, doc));
    }

    private static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            node.fields().forEachRemaining(f -> {
                JsonNode v = canonical(f.getValue());
                if (!omitted(v)) {
                    sorted.put(f.getKey(), v);
                }
            });
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            sorted.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(e -> out.add(canonical(e)));
            return out;
        }
        return node;
    }

    private static boolean omitted(JsonNode v) {
        return v == null || v.isNull() || v.isContainerNode() && v.isEmpty() || v.isBoolean() && !v.booleanValue();
    }

    private static void keep(JsonNode object, Set<String> fields) {
        if (object instanceof ObjectNode o) {
            for (Iterator<String> names = o.fieldNames(); names.hasNext();) {
                if (!fields.contains(names.next())) {
                    names.remove();
                }
            }
        }
    }

    private static void each(JsonNode parent, String field, java.util.function.Consumer<JsonNode> action) {
        JsonNode list = parent.get(field);
        if (list != null && list.isArray()) {
            list.forEach(action);
        }
    }

    private static String write(ObjectMapper json, JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("input cannot be serialised", e);
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
