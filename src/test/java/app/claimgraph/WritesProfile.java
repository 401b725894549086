package app.claimgraph;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Tests that write run on a database of their own, so read tests see the seed alone. */
public class WritesProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", TestDatabases.url("writes"));
    }
}
