package app.claimgraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/**
 * Selections of every field of a type, built from the running service's schema (introspection), so a
 * field added to the API is read by the tests that compare whole answers without anyone listing it:
 * scalars and enums as they are; objects with an id as {@code { id }}; other objects (connections,
 * spans, neighbourhoods) with every field of theirs, two levels down at most; interfaces and unions
 * as their {@code __typename} (and {@code id}). Fields with a required argument are left out, and so are
 * objects behind arguments (an actor's claims, its neighbourhood: views of what the lists hold, whose
 * size would put a whole-graph query past the cost limit); scalars with optional arguments are read
 * with their defaults.
 */
final class EveryField {

    private static final String INTROSPECTION = """
            { __schema { types { name kind fields(includeDeprecated: true) { name
                args { type { kind } }
                type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }""";

    private record Field(String name, boolean requiredArgument, boolean arguments, String kind, String type) {
    }

    private final Map<String, List<Field>> fields = new HashMap<>();

    private EveryField(JsonPath schema) {
        List<Map<String, Object>> types = schema.getList("data.__schema.types");
        for (Map<String, Object> t : types) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> fs = (List<Map<String, Object>>) t.get("fields");
            if (fs == null) {
                continue;
            }
            List<Field> out = new ArrayList<>();
            for (Map<String, Object> f : fs) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> args = (List<Map<String, Object>>) f.get("args");
                boolean required = args.stream().anyMatch(a -> "NON_NULL".equals(((Map<?, ?>) a.get("type")).get("kind")));
                @SuppressWarnings("unchecked")
                Map<String, Object> type = (Map<String, Object>) f.get("type");
                while (type.get("ofType") != null && type.get("name") == null) { // NON_NULL and LIST unwrapped
                    @SuppressWarnings("unchecked")
                    Map<String, Object> inner = (Map<String, Object>) type.get("ofType");
                    type = inner;
                }
                out.add(new Field((String) f.get("name"), required, !args.isEmpty(), (String) type.get("kind"),
                        (String) type.get("name")));
            }
            fields.put((String) t.get("name"), out);
        }
    }

    /** The schema of the service on {@code port}. */
    static EveryField of(int port) {
        return new EveryField(PackagedApp.query(port, INTROSPECTION));
    }

    /** The schema of the service the test runs against (a {@code @QuarkusTest}'s, through {@link Gql}). */
    static EveryField here() {
        return new EveryField(Gql.ok(INTROSPECTION, null));
    }

    /** Every field of {@code type}, as a selection set's contents. */
    String of(String type) {
        return String.join(" ", parts(type, 0));
    }

    /** Every field of {@code type}, one selection each (a scalar's name, an object's name with its own selection). */
    List<String> parts(String type) {
        return parts(type, 0);
    }

    private List<String> parts(String type, int depth) {
        List<String> parts = new ArrayList<>();
        for (Field f : fields.get(type)) {
            if (f.requiredArgument() || f.arguments() && !f.kind().equals("SCALAR") && !f.kind().equals("ENUM")) {
                continue;
            }
            switch (f.kind()) {
                case "SCALAR", "ENUM" -> parts.add(f.name());
                case "OBJECT" -> {
                    if (hasId(f.type())) {
                        parts.add(f.name() + " { id }");
                    } else if (depth < 2) {
                        parts.add(f.name() + " { " + String.join(" ", parts(f.type(), depth + 1)) + " }");
                    }
                }
                default -> parts.add(f.name() + (hasId(f.type()) ? " { __typename id }" : " { __typename }"));
            }
        }
        return parts;
    }

    private boolean hasId(String type) {
        return fields.getOrDefault(type, List.of()).stream().anyMatch(f -> f.name().equals("id"));
    }
}
