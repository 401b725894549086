package app.claimgraph.node;

import static app.claimgraph.Gql.ok;
import static app.claimgraph.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * An object reached through the Node interface (node, nodes, search hits) answers the fields of its
 * own type in inline fragments, for every type: a client's `... on Claim { text }` must not come back
 * empty while `__typename` says Claim (as it did when the schema was retyped after SmallRye built it).
 */
@QuarkusTest
class NodeFragmentsTest {

    private static final String FIELDS = "__typename id ... on Actor { name } ... on Claim { text } "
            + "... on Relationship { type source { name } } ... on Document { title }";
    /** The field each type answers in {@link #FIELDS}. */
    private static final Map<String, String> OWN = Map.of("Actor", "name", "Claim", "text", "Relationship", "type",
            "Document", "title");

    @Test
    void nodeAndNodesAnswerEveryTypesOwnFields() {
        JsonPath lists = ok("{ actors(first: 1) { nodes { id } } claims(first: 1) { nodes { id } }"
                + " relationships(first: 1) { nodes { id } } documents(first: 1) { nodes { id } } }");
        List<String> ids = List.of(lists.getString("data.actors.nodes[0].id"), lists.getString("data.claims.nodes[0].id"),
                lists.getString("data.relationships.nodes[0].id"), lists.getString("data.documents.nodes[0].id"));
        for (String id : ids) {
            Map<String, Object> node = ok("query($id: ID!) { node(id: $id) { " + FIELDS + " } }", vars("id", id))
                    .getMap("data.node");
            String own = OWN.get((String) node.get("__typename"));
            assertNotNull(node.get(own), () -> "fragment on " + node.get("__typename") + " came back empty: " + node);
        }
        List<Map<String, Object>> nodes = ok("query($ids: [ID!]!) { nodes(ids: $ids) { " + FIELDS + " } }", vars("ids", ids))
                .getList("data.nodes");
        assertEquals(List.of("Actor", "Claim", "Relationship", "Document"), nodes.stream().map(n -> n.get("__typename")).toList());
        nodes.forEach(n -> assertNotNull(n.get(OWN.get((String) n.get("__typename"))), () -> "empty fragment: " + n));
    }

    @Test
    void searchHitsAnswerTheirTypesFields() {
        List<Map<String, Object>> hits = ok("{ search(query: \"united\", first: 10) { nodes { node { " + FIELDS + " } } } }")
                .getList("data.search.nodes.node");
        assertFalse(hits.isEmpty(), "the seed mentions the United Kingdom and the United States");
        hits.forEach(n -> assertNotNull(n.get(OWN.get((String) n.get("__typename"))), () -> "empty fragment: " + n));
    }
}
