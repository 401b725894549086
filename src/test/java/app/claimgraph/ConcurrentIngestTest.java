package app.claimgraph;

import static app.claimgraph.Gql.ok;
import static app.claimgraph.Gql.post;
import static app.claimgraph.Gql.vars;
import static app.claimgraph.TestDocs.INGEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** Concurrent ingests that share actors: every document stored, every shared actor once. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class ConcurrentIngestTest {

    static final int WRITERS = 8;

    @Test
    void concurrentIngestsOfDocumentsSharingActors() throws Exception {
        int docsBefore = ok("{ documents { totalCount } }").getInt("data.documents.totalCount");
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            // every document names "Washington" (an alias of the United States), Venezuela, and one new
            // group that none of them finds stored at first
            Map<String, Object> doc = TestDocs.report("https://example.org/concurrent/" + i, "Concurrency Watch");
            results.add(pool.submit(() -> {
                start.await();
                List<String> codes = new ArrayList<>();
                for (int attempt = 0; attempt < 10; attempt++) {
                    JsonPath r = post(Tokens.editor(), INGEST, vars("input", doc));
                    String code = r.getString("errors[0].extensions.code");
                    if (code == null) {
                        return codes;
                    }
                    codes.add(code);
                    // the only error a client may see is a clean retryable one
                    assertEquals("CONFLICT", code, r::prettify);
                    assertEquals(Boolean.TRUE, r.get("errors[0].extensions.retryable"));
                    ErrorTest.noLeak(r);
                }
                throw new AssertionError("still failing after 10 attempts: " + codes);
            }));
        }
        start.countDown();
        int retries = 0;
        for (Future<List<String>> f : results) {
            retries += f.get(120, TimeUnit.SECONDS).size();
        }
        pool.shutdown();
        System.out.printf("%d concurrent ingests stored, %d retried CONFLICTs%n", WRITERS, retries);

        assertEquals(docsBefore + WRITERS, ok("{ documents { totalCount } }").getInt("data.documents.totalCount"));
        for (String name : List.of("Concurrency Watch", "United States", "Venezuela")) {
            JsonPath actors = ok("query($n: String) { actors(filter: {name: $n}, first: 100) { nodes { name } } }", vars("n", name));
            assertEquals(1, actors.getList("data.actors.nodes.name").stream().filter(name::equals).count(),
                    name + " exists once");
        }
        assertTrue(ok("{ actors(filter: {name: \"washington\"}) { nodes { name } } }").getList("data.actors.nodes.name")
                .equals(List.of("United States")), "no actor named Washington was created");
    }
}
