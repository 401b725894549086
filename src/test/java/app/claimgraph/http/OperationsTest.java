package app.claimgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Health checks and Prometheus metrics, as a load balancer and a monitoring system see them. */
@QuarkusTest
class OperationsTest {

    @Test
    void livenessAndReadinessIncludingTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void metricsCountOperationsAndErrorsByCode() {
        double before = value(scrape(), "claimgraph_graphql_requests_seconds_count\\{operation=\"SeedActors\",outcome=\"ok\",type=\"query\"}");
        double errorsBefore = value(scrape(), "claimgraph_graphql_errors_total\\{code=\"GRAPHQL_VALIDATION_FAILED\"}");
        for (int i = 0; i < 3; i++) {
            given().contentType("application/json").body(Map.of("query", "query SeedActors { actors { totalCount } }"))
                    .post("/graphql").then().statusCode(200);
        }
        given().contentType("application/json").body(Map.of("query", "query Broken { actors { nosuch } }"))
                .post("/graphql").then().statusCode(200);
        String metrics = scrape();
        assertTrue(value(metrics, "claimgraph_graphql_requests_seconds_count\\{operation=\"SeedActors\",outcome=\"ok\",type=\"query\"}")
                >= before + 3, metrics);
        assertTrue(value(metrics, "claimgraph_graphql_errors_total\\{code=\"GRAPHQL_VALIDATION_FAILED\"}") >= errorsBefore + 1);
        assertTrue(metrics.contains("claimgraph_graphql_requests_seconds_count{operation=\"Broken\",outcome=\"rejected\""), metrics);
    }

    private static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
