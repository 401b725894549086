package app.claimgraph.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Malformed and hostile requests of every kind a client can send, one test each: every error of the
 * answer carries the code that case must get (never INTERNAL), and no answer shows a stack trace, SQL
 * or a Java class name.
 */
@QuarkusTest
class ErrorSweepTest {

    static final List<String> CODES = List.of("BAD_REQUEST", "BAD_USER_INPUT", "GRAPHQL_PARSE_FAILED",
            "GRAPHQL_VALIDATION_FAILED", "QUERY_TOO_COMPLEX", "METHOD_NOT_ALLOWED", "NOT_ACCEPTABLE",
            "UNSUPPORTED_MEDIA_TYPE", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT",
            "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_HASH_MISMATCH", "PERSISTED_QUERY_NOT_SUPPORTED",
            "TRUSTED_DOCUMENT_REQUIRED", "INTROSPECTION_DISABLED", "INTERNAL");

    /** A request and the one code every error of its answer must carry. */
    record Case(String name, String code, String method, String contentType, String accept, String body,
            Map<String, String> params, String token) {
        static Case post(String name, String code, String body) {
            return new Case(name, code, "POST", "application/json", null, body, Map.of(), null);
        }

        static Case get(String name, String code, Map<String, String> params) {
            return new Case(name, code, "GET", null, null, null, params, null);
        }

        @Override
        public String toString() {
            return name + " -> " + code;
        }
    }

    static String json(String query) {
        return "{\"query\": \"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    static final List<Case> CASES = List.of(
            Case.post("empty body", "BAD_REQUEST", ""),
            Case.post("JSON null", "BAD_REQUEST", "null"),
            Case.post("JSON string", "BAD_REQUEST", "\"{ actors { totalCount } }\""),
            Case.post("empty batch", "BAD_REQUEST", "[]"),
            Case.post("truncated JSON", "BAD_REQUEST", "{\"query\": \"{ actors"),
            Case.post("query is a number", "BAD_REQUEST", "{\"query\": 42}"),
            Case.post("query is missing", "BAD_REQUEST", "{\"variables\": {}}"),
            Case.post("variables is a string", "BAD_REQUEST", "{\"query\": \"{ __typename }\", \"variables\": \"{}\"}"),
            Case.post("extensions is an array", "BAD_REQUEST", "{\"query\": \"{ __typename }\", \"extensions\": []}"),
            Case.post("operationName is an object", "BAD_REQUEST", "{\"query\": \"{ __typename }\", \"operationName\": {}}"),
            Case.post("syntax error", "GRAPHQL_PARSE_FAILED", json("{ actors { totalCount ")),
            Case.post("lexer error", "GRAPHQL_PARSE_FAILED", json("{ actors(first: 1e) { totalCount } }")),
            Case.post("unknown field", "GRAPHQL_VALIDATION_FAILED", json("{ actors { nosuchfield } }")),
            Case.post("unknown argument", "GRAPHQL_VALIDATION_FAILED", json("{ actors(nosuch: 1) { totalCount } }")),
            Case.post("wrong literal type", "BAD_USER_INPUT", json("{ actors(first: \"ten\") { totalCount } }")),
            Case.post("unknown enum value", "BAD_USER_INPUT", json("{ actors(filter: {kinds: [PLANET]}) { totalCount } }")),
            Case.post("undeclared variable", "GRAPHQL_VALIDATION_FAILED", json("{ actors(first: $n) { totalCount } }")),
            Case.post("variable of the wrong type", "BAD_USER_INPUT",
                    "{\"query\": \"query($n: Int!) { actors(first: $n) { totalCount } }\", \"variables\": {\"n\": \"x\"}}"),
            Case.post("missing required variable", "BAD_USER_INPUT", json("query($n: Int!) { actors(first: $n) { totalCount } }")),
            Case.post("unknown operation name", "BAD_REQUEST", "{\"query\": \"query A { __typename }\", \"operationName\": \"B\"}"),
            Case.post("two operations, no name", "BAD_REQUEST", json("query A { __typename } query B { __typename }")),
            Case.post("page size out of range", "BAD_USER_INPUT", json("{ actors(first: 101) { totalCount } }")),
            Case.post("page size beyond the cost limit", "QUERY_TOO_COMPLEX", json("{ actors(first: 100000) { totalCount } }")),
            Case.post("malformed ID", "BAD_USER_INPUT", json("{ node(id: \"%%%\") { id } }")),
            Case.post("malformed cursor", "BAD_USER_INPUT", json("{ actors(after: \"bm90IGEgY3Vyc29y\") { totalCount } }")),
            Case.post("impossible date", "BAD_USER_INPUT", json("{ claims(filter: {statedFrom: \"2025-13-45\"}) { totalCount } }")),
            Case.post("too deep", "QUERY_TOO_COMPLEX", json("{ actors { nodes { " + "parent { ".repeat(40) + "name" + " }".repeat(40) + " } } }")),
            Case.post("too costly", "QUERY_TOO_COMPLEX", json("{ actors(first: 100) { nodes { claimsMade(first: 100) { nodes { subjects { "
                    + "claimsAbout(first: 100) { nodes { text } } } } } } } }")),
            Case.post("fragment cycle", "GRAPHQL_VALIDATION_FAILED", json("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }")),
            Case.post("unknown persisted query", "PERSISTED_QUERY_NOT_FOUND", "{\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"00\"}}}"),
            Case.post("persisted query hash mismatch", "PERSISTED_QUERY_HASH_MISMATCH",
                    "{\"query\": \"{ __typename }\", \"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"00\"}}}"),
            Case.post("mutation without a token", "UNAUTHENTICATED", json("mutation { deleteDocument(id: \"RG9jdW1lbnQ6MQ\") { deletedId } }")),
            new Case("mutation with a forged token", "UNAUTHENTICATED", "POST", "application/json", null,
                    json("mutation { deleteDocument(id: \"RG9jdW1lbnQ6MQ\") { deletedId } }"), Map.of(), "e30.e30.c2ln"),
            Case.post("bad ingest input", "UNAUTHENTICATED", json("mutation { ingestDocument(input: {title: \"\", text: \"\"}) { outcome } }")),
            Case.post("subscription over HTTP", "BAD_REQUEST", json("subscription { documentIngested { id } }")),
            new Case("text/plain body", "UNSUPPORTED_MEDIA_TYPE", "POST", "text/plain", null, json("{ __typename }"), Map.of(), null),
            new Case("form body", "UNSUPPORTED_MEDIA_TYPE", "POST", "application/x-www-form-urlencoded", null, "query=%7B__typename%7D", Map.of(), null),
            new Case("latin-1 body", "UNSUPPORTED_MEDIA_TYPE", "POST", "application/json; charset=iso-8859-1", null, json("{ __typename }"), Map.of(), null),
            new Case("unacceptable response type", "NOT_ACCEPTABLE", "POST", "application/json", "text/html", json("{ __typename }"), Map.of(), null),
            new Case("DELETE", "METHOD_NOT_ALLOWED", "DELETE", null, null, null, Map.of(), null),
            Case.get("GET without query", "BAD_REQUEST", Map.of()),
            Case.get("GET with a mutation", "METHOD_NOT_ALLOWED", Map.of("query", "mutation { deleteDocument(id: \"RG9jdW1lbnQ6MQ\") { deletedId } }")),
            Case.get("GET with bad variables JSON", "BAD_REQUEST", Map.of("query", "{ __typename }", "variables", "{n:")),
            Case.get("GET with a syntax error", "GRAPHQL_PARSE_FAILED", Map.of("query", "{ actors {")));

    static List<Case> cases() {
        return CASES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyErrorHasItsCodeAndLeaksNothing(Case c) {
        RequestSpecification r = given().urlEncodingEnabled(true);
        if (c.contentType() != null) {
            r = r.contentType(c.contentType());
        }
        if (c.accept() != null) {
            r = r.accept(c.accept());
        }
        if (c.body() != null) {
            r = r.body(c.body());
        }
        if (c.token() != null) {
            r = r.header("Authorization", "Bearer " + c.token());
        }
        r = r.queryParams(c.params());
        Response response = r.request(c.method(), "/graphql");
        String body = response.asString();
        assertTrue(response.statusCode() < 500, () -> c.name() + ": status " + response.statusCode() + " " + body);
        JsonPath json = JsonPath.from(body);
        List<Map<String, Object>> errors = json.getList("errors");
        assertNotNull(errors, () -> c.name() + ": no errors in " + body);
        assertFalse(errors.isEmpty(), c.name());
        for (int i = 0; i < errors.size(); i++) {
            String code = json.getString("errors[" + i + "].extensions.code");
            assertTrue(CODES.contains(code) && !"INTERNAL".equals(code), () -> c.name() + ": undocumented code in " + body);
            assertEquals(c.code(), code, () -> c.name() + ": " + body);
            String message = json.getString("errors[" + i + "].message");
            assertTrue(message != null && !message.isBlank(), c.name());
        }
        for (String leak : List.of("Exception", "\tat ", "app.claimgraph", "java.", "jakarta.", "graphql.language", "graphql.execution", "graphql.schema", "graphql.validation",
                "SELECT ", "select ", "org.hibernate", "io.smallrye", "io.vertx", "Unknown Scalar Type")) {
            assertFalse(body.contains(leak), () -> c.name() + ": leaks '" + leak + "': " + body);
        }
    }
}
