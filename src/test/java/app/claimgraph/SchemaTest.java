package app.claimgraph;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The served SDL is the committed one, and every part of the schema is described. */
@QuarkusTest
class SchemaTest {

    /** The committed SDL that front-ends generate code from. */
    static final Path COMMITTED = Path.of("schema.graphql");

    @Test
    void servedSchemaMatchesTheCommittedSdl() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("claimgraph.schema.update")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(COMMITTED), "schema.graphql is missing at the repository root");
        assertEquals(Files.readString(COMMITTED, StandardCharsets.UTF_8), served,
                "The schema changed: review it, then run ./mvnw test -Dtest=SchemaTest -Dclaimgraph.schema.update=true"
                        + " and commit schema.graphql");
        for (String contract : List.of("interface Node", "nodes(", "ids: [ID!]!", "type ActorConnection",
                "type ActorEdge", "claimsMade(", "claimsAbout(", "evidence: [TextSpan!]!", "totalCount: Int!")) {
            assertTrue(served.contains(contract), "contract element missing: " + contract);
        }
    }

    @Test
    void everyTypeFieldArgumentAndEnumValueHasADescription() {
        JsonPath r = Gql.ok("""
                { __schema { types { name kind description
                    fields { name description args { name description } }
                    inputFields { name description }
                    enumValues { name description } } } }""");
        List<String> missing = new ArrayList<>();
        for (Map<String, Object> t : r.<Map<String, Object>> getList("data.__schema.types")) {
            String name = (String) t.get("name");
            if (name.startsWith("__") || "SCALAR".equals(t.get("kind"))) {
                continue;
            }
            blank(t.get("description"), name, missing);
            for (String part : List.of("fields", "inputFields", "enumValues")) {
                List<Map<String, Object>> items = (List<Map<String, Object>>) t.get(part);
                if (items == null) {
                    continue;
                }
                for (Map<String, Object> f : items) {
                    blank(f.get("description"), name + "." + f.get("name"), missing);
                    List<Map<String, Object>> args = (List<Map<String, Object>>) f.get("args");
                    if (args != null) {
                        for (Map<String, Object> a : args) {
                            blank(a.get("description"), name + "." + f.get("name") + "(" + a.get("name") + ")", missing);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "undescribed schema elements");
    }

    private static void blank(Object description, String what, List<String> missing) {
        if (description == null || description.toString().isBlank()) {
            missing.add(what);
        }
    }

    @Test
    void healthAndUiAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/graphql-ui/").then().statusCode(200);
    }
}
