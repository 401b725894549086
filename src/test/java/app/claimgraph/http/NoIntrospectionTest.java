package app.claimgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.claimgraph.TightLimitsProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** claimgraph.graphql.introspection=false: no schema through introspection, the SDL or error messages. */
@QuarkusTest
@TestProfile(TightLimitsProfile.class)
class NoIntrospectionTest {

    @Test
    void introspectionAndTheSdlAreOff() {
        given().contentType("application/json").body(Map.of("query", "{ __schema { types { name } } }"))
                .post("/graphql").then().body("errors[0].extensions.code", equalTo("INTROSPECTION_DISABLED"));
        given().contentType("application/json").body(Map.of("query",
                "query { ...T } fragment T on Query { __type(name: \"Actor\") { fields { name } } }"))
                .post("/graphql").then().body("errors[0].extensions.code", equalTo("INTROSPECTION_DISABLED"));
        given().get("/graphql/schema.graphql").then().statusCode(404);
        given().contentType("application/json").body(Map.of("query", "{ __typename actors { totalCount } }"))
                .post("/graphql").then().statusCode(200).body("data.actors.totalCount", equalTo(22));
    }

    @Test
    void validationErrorsDoNotNameSchemaTypesOrSuggestFields() {
        for (String q : List.of("{ actor { name } }", "{ actors { nodes { nam } } }",
                "{ actors(filter: {nme: \"x\"}) { totalCount } }", "{ claims { nodes { claimant { nme } } } }")) {
            String body = given().contentType("application/json").body(Map.of("query", q)).post("/graphql").then()
                    .body("errors[0].extensions.code", anyOf(equalTo("GRAPHQL_VALIDATION_FAILED"), equalTo("BAD_USER_INPUT")))
                    .extract().asString();
            for (String leak : List.of("Did you mean", "'Query'", "'Actor'", "ActorFilter", "'Claim'", "ActorConnection")) {
                assertFalse(body.contains(leak), () -> q + " -> " + body + " leaks " + leak);
            }
        }
    }
}
