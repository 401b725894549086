package app.claimgraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.restassured.path.json.JsonPath;

/** Builds DocumentInput values (as GraphQL variables) for write tests. */
public final class TestDocs {

    private TestDocs() {
    }

    public static Map<String, Object> span(String text, String fragment) {
        int start = text.indexOf(fragment);
        if (start < 0) {
            throw new IllegalArgumentException("not in text: " + fragment);
        }
        return Map.of("start", start, "end", start + fragment.length(), "text", fragment);
    }

    public static Map<String, Object> actor(String ref, String name, String kind, String country, String... aliases) {
        Map<String, Object> a = new HashMap<>();
        a.put("ref", ref);
        a.put("name", name);
        a.put("kind", kind);
        a.put("countryCode", country);
        a.put("aliases", List.of(aliases));
        return a;
    }

    public static Map<String, Object> claim(String ref, String text, String claimant, List<String> subjects,
            Map<String, Object> evidence) {
        Map<String, Object> c = new HashMap<>();
        c.put("ref", ref);
        c.put("text", text);
        c.put("type", "REPORT");
        c.put("status", "ASSERTED");
        c.put("claimant", claimant);
        c.put("subjects", subjects);
        c.put("reportedBy", List.of());
        c.put("evidence", new ArrayList<>(List.of(evidence)));
        return c;
    }

    public static Map<String, Object> relationship(String source, String type, String target, String... evidence) {
        return new HashMap<>(Map.of("source", source, "type", type, "target", target, "status", "ACTIVE",
                "evidence", List.of(evidence)));
    }

    /**
     * A short report naming the US by its capital ("Washington"), Venezuela by name, and a new group
     * with the given name; one claim; one SANCTIONS relationship.
     */
    /** Introspection of DocumentInput's fields, for {@link #documentScalars}. */
    public static final String DOCUMENT_INPUT_FIELDS = """
            { __type(name: "DocumentInput") { inputFields { name type { kind name ofType { kind name } } } } }""";

    /**
     * The scalar fields of DocumentInput (name → scalar type) from {@link #DOCUMENT_INPUT_FIELDS}'s answer: the
     * document's own fields, found in the schema so that a field added later is covered without being listed.
     * {@code publisher} is left out: a reference to an actor of the input, read back as an object.
     */
    public static Map<String, String> documentScalars(JsonPath introspected) {
        Map<String, String> scalars = new TreeMap<>();
        for (Map<String, Object> f : introspected.<Map<String, Object>>getList("data.__type.inputFields")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> t = (Map<String, Object>) f.get("type");
            if ("NON_NULL".equals(t.get("kind"))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) t.get("ofType");
                t = inner;
            }
            if ("SCALAR".equals(t.get("kind")) && !"publisher".equals(f.get("name"))) {
                scalars.put((String) f.get("name"), (String) t.get("name"));
            }
        }
        return scalars;
    }

    /**
     * A document (no actors, claims or relationships) with a value in each of {@code scalars}: texts marked by
     * {@code version}, dates on day {@code day} of February 2024.
     */
    public static Map<String, Object> everyDocumentField(Map<String, String> scalars, String url, String version, int day) {
        Map<String, Object> doc = new HashMap<>();
        scalars.forEach((name, scalar) -> doc.put(name, switch (scalar) {
            case "Date" -> java.time.LocalDate.of(2024, 2, day).toString();
            case "String" -> name.equals("url") ? url : version + " " + name;
            default -> throw new AssertionError("DocumentInput." + name + " is a " + scalar + ": give it a value here");
        }));
        return doc;
    }

    public static Map<String, Object> report(String url, String groupName) {
        String text = "Washington imposed new sanctions on Venezuela, " + groupName + " said on Monday.";
        Map<String, Object> d = new HashMap<>();
        d.put("title", "Sanctions report " + url);
        d.put("url", url);
        d.put("language", "en");
        d.put("text", text);
        d.put("actors", new ArrayList<>(List.of(
                actor("wash", "Washington", "STATE", "USA"),
                actor("ven", "Venezuela", "STATE", "VEN"),
                actor("grp", groupName, "GROUP", null))));
        d.put("claims", new ArrayList<>(List.of(
                claim("sanctions", "The United States imposed new sanctions on Venezuela.", "grp", List.of("wash", "ven"),
                        span(text, "Washington imposed new sanctions on Venezuela")))));
        d.put("relationships", new ArrayList<>(List.of(relationship("wash", "SANCTIONS", "ven", "sanctions"))));
        return d;
    }

    /** A report of {@code n} claims, "Claim i MARK.", each its own sentence, by one group. */
    public static Map<String, Object> manyClaims(String url, String mark, int n) {
        StringBuilder text = new StringBuilder();
        List<Object> claims = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String sentence = "Claim " + i + " " + mark + ".";
            int start = text.length();
            text.append(sentence).append(' ');
            Map<String, Object> c = claim("c" + i, sentence, "grp", List.of(), Map.of("start", start, "end",
                    start + sentence.length(), "text", sentence));
            claims.add(c);
        }
        Map<String, Object> d = new HashMap<>();
        d.put("title", "Many claims " + mark);
        d.put("url", url);
        d.put("language", "en");
        d.put("text", text.toString().strip());
        d.put("actors", new ArrayList<>(List.of(actor("grp", "Group " + mark, "GROUP", null))));
        d.put("claims", claims);
        d.put("relationships", new ArrayList<>());
        return d;
    }

    public static final String INGEST = """
            mutation($input: DocumentInput!) { ingestDocument(input: $input) {
              outcome warnings removedClaims removedRelationships
              document { id title url }
              createdActors { id name } matchedActors { id name }
              createdClaims { id text } updatedClaims { id text }
              createdRelationships { id type } updatedRelationships { id type } } }""";
}
