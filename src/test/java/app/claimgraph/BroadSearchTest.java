package app.claimgraph;


import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Searches whose every word is common take the general query, one at a time (search/HitQueries). On the
 * seed no word is common, so this profile makes every word count as one: the answers must be those of
 * GraphQueriesTest, where searches of several words are driven by their rarest word.
 */
@QuarkusTest
@TestProfile(BroadSearchTest.EveryWordCommon.class)
class BroadSearchTest {

    public static class EveryWordCommon implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimgraph.search.driver-max-postings", "0");
        }
    }

    @Test
    void broadSearchesFindWhatDrivenSearchesFind() {
        GraphQueriesTest.assertSearchesFindTheExpectedNodes();
    }
}
