package app.claimgraph.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Malformed and hostile requests of every kind a client can send: each answer is JSON whose every
 * error carries an extensions.code from the documented list, and none shows a stack trace, SQL or a
 * Java class name.
 */
@QuarkusTest
class ErrorSweepTest {

    static final List<String> CODES = List.of("BAD_REQUEST", "BAD_USER_INPUT", "GRAPHQL_PARSE_FAILED",
            "GRAPHQL_VALIDATION_FAILED", "QUERY_TOO_COMPLEX", "METHOD_NOT_ALLOWED", "NOT_ACCEPTABLE",
            "UNSUPPORTED_MEDIA_TYPE", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT",
            "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_HASH_MISMATCH", "PERSISTED_QUERY_NOT_SUPPORTED",
            "TRUSTED_DOCUMENT_REQUIRED", "INTROSPECTION_DISABLED", "INTERNAL");

    record Case(String name, String method, String contentType, String accept, String body, Map<String, String> params,
            String token) {
        static Case post(String name, String body) {
            return new Case(name, "POST", "application/json", null, body, Map.of(), null);
        }

        static Case get(String name, Map<String, String> params) {
            return new Case(name, "GET", null, null, null, params, null);
        }
    }

    static String json(String query) {
        return "{\"query\": \"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    static final List<Case> CASES = List.of(
            Case.post("empty body", ""),
            Case.post("JSON null", "null"),
            Case.post("JSON string", "\"{ actors { totalCount } }\""),
            Case.post("empty batch", "[]"),
            Case.post("truncated JSON", "{\"query\": \"{ actors"),
            Case.post("query is a number", "{\"query\": 42}"),
            Case.post("query is missing", "{\"variables\": {}}"),
            Case.post("variables is a string", "{\"query\": \"{ __typename }\", \"variables\": \"{}\"}"),
            Case.post("extensions is an array", "{\"query\": \"{ __typename }\", \"extensions\": []}"),
            Case.post("operationName is an object", "{\"query\": \"{ __typename }\", \"operationName\": {}}"),
            Case.post("syntax error", json("{ actors { totalCount ")),
            Case.post("lexer error", json("{ actors(first: 1e) { totalCount } }")),
            Case.post("unknown field", json("{ actors { nosuchfield } }")),
            Case.post("unknown argument", json("{ actors(nosuch: 1) { totalCount } }")),
            Case.post("wrong literal type", json("{ actors(first: \"ten\") { totalCount } }")),
            Case.post("unknown enum value", json("{ actors(filter: {kinds: [PLANET]}) { totalCount } }")),
            Case.post("undeclared variable", json("{ actors(first: $n) { totalCount } }")),
            Case.post("variable of the wrong type",
                    "{\"query\": \"query($n: Int!) { actors(first: $n) { totalCount } }\", \"variables\": {\"n\": \"x\"}}"),
            Case.post("missing required variable", json("query($n: Int!) { actors(first: $n) { totalCount } }")),
            Case.post("unknown operation name", "{\"query\": \"query A { __typename }\", \"operationName\": \"B\"}"),
            Case.post("two operations, no name", json("query A { __typename } query B { __typename }")),
            Case.post("page size out of range", json("{ actors(first: 100000) { totalCount } }")),
            Case.post("malformed ID", json("{ node(id: \"%%%\") { id } }")),
            Case.post("malformed cursor", json("{ actors(after: \"bm90IGEgY3Vyc29y\") { totalCount } }")),
            Case.post("impossible date", json("{ claims(filter: {statedFrom: \"2025-13-45\"}) { totalCount } }")),
            Case.post("too deep", json("{ actors { nodes { " + "parent { ".repeat(40) + "name" + " }".repeat(40) + " } } }")),
            Case.post("too costly", json("{ actors(first: 100) { nodes { claimsMade(first: 100) { nodes { subjects { "
                    + "claimsAbout(first: 100) { nodes { text } } } } } } } }")),
            Case.post("fragment cycle", json("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }")),
            Case.post("unknown persisted query", "{\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"00\"}}}"),
            Case.post("persisted query hash mismatch",
                    "{\"query\": \"{ __typename }\", \"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"00\"}}}"),
            Case.post("mutation without a token", json("mutation { deleteDocument(id: \"RG9jdW1lbnQ6MQ\") { deleted } }")),
            new Case("mutation with a forged token", "POST", "application/json", null,
                    json("mutation { deleteDocument(id: \"RG9jdW1lbnQ6MQ\") { deleted } }"), Map.of(), "e30.e30.c2ln"),
            Case.post("bad ingest input", json("mutation { ingestDocument(input: {title: \"\", text: \"\"}) { outcome } }")),
            Case.post("subscription over HTTP", json("subscription { documentIngested { id } }")),
            new Case("text/plain body", "POST", "text/plain", null, json("{ __typename }"), Map.of(), null),
            new Case("form body", "POST", "application/x-www-form-urlencoded", null, "query=%7B__typename%7D", Map.of(), null),
            new Case("latin-1 body", "POST", "application/json; charset=iso-8859-1", null, json("{ __typename }"), Map.of(), null),
            new Case("unacceptable response type", "POST", "application/json", "text/html", json("{ __typename }"), Map.of(), null),
            new Case("DELETE", "DELETE", null, null, null, Map.of(), null),
            Case.get("GET without query", Map.of()),
            Case.get("GET with a mutation", Map.of("query", "mutation { deleteDocument(id: \"RG9jdW1lbnQ6MQ\") { deleted } }")),
            Case.get("GET with bad variables JSON", Map.of("query", "{ __typename }", "variables", "{n:")),
            Case.get("GET with a syntax error", Map.of("query", "{ actors {")));

    @Test
    void everyErrorHasADocumentedCodeAndLeaksNothing() {
        for (Case c : CASES) {
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
                assertTrue(CODES.contains(code), () -> c.name() + ": undocumented code in " + body);
                String message = json.getString("errors[" + i + "].message");
                assertTrue(message != null && !message.isBlank(), c.name());
            }
            for (String leak : List.of("Exception", "\tat ", "app.claimgraph", "java.", "jakarta.", "graphql.language", "graphql.execution", "graphql.schema", "graphql.validation",
                    "SELECT ", "select ", "org.hibernate", "io.smallrye", "io.vertx", "Unknown Scalar Type")) {
                assertFalse(body.contains(leak), () -> c.name() + ": leaks '" + leak + "': " + body);
            }
        }
    }
}
