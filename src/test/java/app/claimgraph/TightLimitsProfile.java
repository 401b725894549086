package app.claimgraph;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Settings off their defaults for three read-only tests, in one profile: each profile costs every test
 * stage an application build and a restart. Introspection off (NoIntrospectionTest); a pool of 3
 * connections with 4 queries at a time (ConcurrentReadsTest); every search word counted as common, so
 * searches take the general query (BroadSearchTest). None of the three tests touches what the others
 * set.
 */
public class TightLimitsProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("claimgraph.graphql.introspection", "false",
                "quarkus.datasource.jdbc.max-size", "3", "quarkus.datasource.jdbc.acquisition-timeout", "3S",
                // fewer turns than ConcurrentReadsTest's requests: most of them wait for one, and all are answered
                "claimgraph.graphql.max-concurrent-queries", "4",
                "claimgraph.search.driver-max-postings", "0");
    }
}
