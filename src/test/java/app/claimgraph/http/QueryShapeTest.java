package app.claimgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

import app.claimgraph.paging.PageArgs;

/** How a document is measured for the limits (pure logic, on a small schema of the same shape). */
class QueryShapeTest {

    static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            type Query { actors(first: Int): ActorConnection! actor(id: ID): Actor nodes(ids: [ID!]!): [Actor]! }
            type ActorConnection { nodes: [Actor!]! totalCount: Int! }
            type Actor { name: String! parent: Actor aliases: [String!]! subjects: [Actor!]! claims(first: Int): ActorConnection! }
            """), RuntimeWiring.MOCKED_WIRING);

    static QueryShape measure(String query, Map<String, Object> variables) {
        Document d = Parser.parse(query);
        return QueryShape.measure(d, QueryShape.operation(d, null), variables, SCHEMA);
    }

    @Test
    void depthCountsFieldsFromTheRoot() {
        assertEquals(2, measure("{ actor { __typename } }", null).depth());
        assertEquals(4, measure("{ actor { parent { parent { name } } } }", null).depth());
    }

    @Test
    void listsMultiplyWhatIsSelectedUnderThem() {
        // actors(first: 10): 1 + 10 * (nodes 1 + 1 * (name 1)) = 21; totalCount adds 10
        assertEquals(21, measure("{ actors(first: 10) { nodes { name } } }", null).cost());
        assertEquals(31, measure("{ actors(first: 10) { totalCount nodes { name } } }", null).cost());
        assertEquals(21, measure("query($n: Int) { actors(first: $n) { nodes { name } } }", Map.of("n", 10)).cost());
        // a connection without first counts its default page size, a plain list of objects twice
        assertEquals(1 + PageArgs.DEFAULT_SIZE * 2, measure("{ actors { nodes { name } } }", null).cost());
        // actor 1 + subjects (1 + 2 * name 1)
        assertEquals(1 + 1 + 2, measure("{ actor { subjects { name } } }", null).cost());
        // nodes(ids:) counts one per ID
        assertEquals(1 + 3, measure("{ nodes(ids: [\"a\", \"b\", \"c\"]) { name } }", null).cost());
    }

    @Test
    void fragmentsCountWhereTheyAreSpread() {
        QueryShape s = measure("{ a: actor { ...F } b: actor { ...F } } fragment F on Actor { x: name y: name @skip(if: false) }", null);
        assertEquals(6, s.aliases()); // a, b, and x, y in each of the two spreads
        assertEquals(2, s.rootFields());
        assertEquals(2, s.directives());
        assertEquals(2, s.depth());
    }

    @Test
    void fragmentBombsAreMeasuredWithoutExpandingThem() {
        StringBuilder doc = new StringBuilder("{ ...F0 }\n");
        for (int i = 0; i < 60; i++) {
            doc.append("fragment F").append(i).append(" on Query { ...F").append(i + 1).append(" ...F").append(i + 1).append(" }\n");
        }
        doc.append("fragment F60 on Query { actor { name } }");
        QueryShape s = measure(doc.toString(), null);
        assertTrue(s.rootFields() > 1_000_000_000L, "2^60 root fields once expanded, saturated: " + s.rootFields());
        assertEquals(2, s.depth());
    }

    @Test
    void introspectionIsRecognisedAnywhere() {
        assertTrue(QueryShape.introspects(Parser.parse("{ __schema { types { name } } }")));
        assertTrue(QueryShape.introspects(Parser.parse("{ ...T } fragment T on Query { actor { name } __type(name: \"A\") { name } }")));
        assertFalse(QueryShape.introspects(Parser.parse("{ actor { __typename name } }")));
    }
}
