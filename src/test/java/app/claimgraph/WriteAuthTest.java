package app.claimgraph;

import static app.claimgraph.Gql.ok;
import static app.claimgraph.Gql.post;
import static app.claimgraph.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** Every mutation needs an editor: anonymous, expired and forged tokens are UNAUTHENTICATED, readers FORBIDDEN. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class WriteAuthTest {

    @Test
    void noMutationRunsWithoutTheEditorRole() {
        String claim = ok("{ claims(first: 1) { nodes { id } } }").getString("data.claims.nodes[0].id");
        String rel = ok("{ relationships(first: 1) { nodes { id } } }").getString("data.relationships.nodes[0].id");
        String doc = ok("{ documents(first: 1) { nodes { id } } }").getString("data.documents.nodes[0].id");
        List<String> actors = ok("{ actors(first: 2) { nodes { id } } }").getList("data.actors.nodes.id");
        Map<String, Map<String, Object>> mutations = Map.of(
                "mutation($i: DocumentInput!) { ingestDocument(input: $i) { outcome } }",
                vars("i", TestDocs.report("https://example.org/auth", "Auth group")),
                "mutation { upsertActor(input: {name: \"Nobody\", kind: PERSON}) { created } }", Map.of(),
                "mutation($k: ID!, $m: [ID!]!) { mergeActors(keep: $k, merge: $m) { id } }",
                vars("k", actors.get(0), "m", List.of(actors.get(1))),
                "mutation($id: ID!) { updateClaimStatus(id: $id, status: DENIED) { id } }", vars("id", claim),
                "mutation($id: ID!) { updateRelationship(id: $id, input: {status: ENDED}) { id } }", vars("id", rel),
                "mutation($id: ID!) { deleteDocument(id: $id) { deletedId } }", vars("id", doc));

        Map<String, List<Object>> before = Snapshot.take();
        for (Map.Entry<String, Map<String, Object>> m : mutations.entrySet()) {
            expect("UNAUTHENTICATED", post(null, m.getKey(), m.getValue()));
            expect("UNAUTHENTICATED", post(Tokens.expiredEditor(), m.getKey(), m.getValue()));
            expect("UNAUTHENTICATED", post(Tokens.forgedEditor(), m.getKey(), m.getValue()));
            expect("UNAUTHENTICATED", post("not.a.jwt", m.getKey(), m.getValue()));
            expect("FORBIDDEN", post(Tokens.reader(), m.getKey(), m.getValue()));
        }
        assertEquals(before, Snapshot.take(), "no write happened");
    }

    @Test
    void backupsNeedTheAdminRoleAndAnH2FileDatabase() {
        String backup = "mutation { backupDatabase { file bytes } }";
        expect("UNAUTHENTICATED", post(null, backup, null));
        expect("UNAUTHENTICATED", post(Tokens.forgedEditor(), backup, null));
        expect("FORBIDDEN", post(Tokens.editor(), backup, null));
        // the suite runs on an in-memory database (or PostgreSQL): nothing to back up through the API
        expect("UNSUPPORTED_OPERATION", post(Tokens.admin(), backup, null));
    }

    @Test
    void readsArePublicAndABadTokenDoesNotBreakThem() {
        assertNull(post(Tokens.forgedEditor(), "{ actors(first: 1) { totalCount } }", null).get("errors"));
        assertNull(post(null, "{ changes(first: 1) { totalCount } }", null).get("errors"));
    }

    private static void expect(String code, JsonPath r) {
        assertEquals(code, r.getString("errors[0].extensions.code"), r::prettify);
        ErrorTest.noLeak(r);
    }
}
