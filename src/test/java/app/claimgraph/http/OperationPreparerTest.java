package app.claimgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/**
 * The operation preparer as a pure function: request parameters in, a checked operation or a
 * rejection out, against the committed schema; no server, no database.
 */
class OperationPreparerTest {

    private static GraphQLSchema schema;

    @BeforeAll
    static void committedSchema() throws IOException {
        schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse(Files.readString(Path.of("schema.graphql"))));
    }

    /** The defaults of ApiLimits, with the depth given. */
    private static ApiLimits limits(int maxDepth) {
        return new ApiLimits() {
            public int maxDepth() { return maxDepth; }
            public int maxCost() { return 100_000; }
            public int maxAliases() { return 50; }
            public int maxRootFields() { return 20; }
            public int maxDirectives() { return 50; }
            public int maxTokens() { return 15_000; }
            public int maxBodyBytes() { return 262_144; }
            public int maxIngestBodyBytes() { return 8_388_608; }
            public int maxBatch() { return 10; }
            public boolean introspection() { return true; }
            public boolean persistedQueries() { return true; }
            public int persistedQueriesCacheSize() { return 100; }
            public Optional<String> trustedDocuments() { return Optional.empty(); }
            public boolean trustedDocumentsOnly() { return false; }
            public int cacheMaxAge() { return 60; }
            public long resultCacheMaxBytes() { return 0; }
            public int resultCacheMaxEntryBytes() { return 0; }
            public int maxConcurrentQueries() { return 0; }
        };
    }

    private static OperationPreparer preparer(int maxDepth) {
        ApiLimits limits = limits(maxDepth);
        return new OperationPreparer(limits, new PersistedDocuments(limits), () -> schema);
    }

    private static JsonObject params(String query) {
        return Json.createObjectBuilder().add("query", query).build();
    }

    private static String code(Rejection r) {
        return r.body.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code");
    }

    @Test
    void aValidQueryIsPreparedWithItsNameAndType() throws Rejection {
        OperationPreparer.Prepared p = preparer(15).prepare(params("query Top { actors(first: 2) { totalCount } }"), true);
        assertTrue(p.query());
        assertEquals("Top", p.name());
        assertEquals("query", p.type());
        assertEquals("query Top { actors(first: 2) { totalCount } }", p.input().getString("query"));
        // the same text again: answered from the documents already validated
        assertEquals(p.input(), preparer(15).prepare(params("query Top { actors(first: 2) { totalCount } }"), true).input());
    }

    @Test
    void eachKindOfBadOperationIsRejectedWithItsCode() {
        OperationPreparer preparer = preparer(15);
        assertEquals("GRAPHQL_PARSE_FAILED", code(assertThrows(Rejection.class,
                () -> preparer.prepare(params("{ actors { "), false))));
        assertEquals("GRAPHQL_VALIDATION_FAILED", code(assertThrows(Rejection.class,
                () -> preparer.prepare(params("{ actors { nosuchfield } }"), false))));
        assertEquals("BAD_USER_INPUT", code(assertThrows(Rejection.class,
                () -> preparer.prepare(params("{ claims(first: \"ten\") { totalCount } }"), false))));
        assertEquals("BAD_REQUEST", code(assertThrows(Rejection.class,
                () -> preparer.prepare(params("query A { stats { actors { total } } } query B { stats { actors { total } } }"), false))));
        assertEquals("BAD_REQUEST", code(assertThrows(Rejection.class,
                () -> preparer.prepare(params("subscription { claimAdded { id } }"), false))));
        Rejection noQuery = assertThrows(Rejection.class, () -> preparer.prepare(Json.createObjectBuilder().build(), false));
        assertEquals(400, noQuery.status);
    }

    @Test
    void mutationsAreRefusedOverGet() {
        Rejection r = assertThrows(Rejection.class, () -> preparer(15)
                .prepare(params("mutation { deleteDocument(id: \"x\") { deletedId } }"), true));
        assertEquals(405, r.status);
    }

    @Test
    void limitsApplyBeforeValidationWithTheLimitAndTheValue() {
        String deep = "{ actors { edges { node { parent { parent { parent { name } } } } } } }";
        Rejection r = assertThrows(Rejection.class, () -> preparer(4).prepare(params(deep), false));
        assertEquals("QUERY_TOO_COMPLEX", code(r));
        JsonObject ext = r.body.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions");
        assertEquals("maxDepth", ext.getString("limit"));
        assertEquals(4, ext.getInt("value"), "the limit that was passed");
    }

    @Test
    void aPersistedQueryMustMatchItsHash() {
        JsonObject p = Json.createObjectBuilder().add("query", "{ stats { actors { total } } }")
                .add("extensions", Json.createObjectBuilder().add("persistedQuery", Json.createObjectBuilder()
                        .add("version", 1).add("sha256Hash", "00" + "ab".repeat(31))))
                .build();
        Rejection r = assertThrows(Rejection.class, () -> preparer(15).prepare(p, false));
        assertEquals(400, r.status);
        assertEquals("PERSISTED_QUERY_HASH_MISMATCH", code(r));
    }
}
