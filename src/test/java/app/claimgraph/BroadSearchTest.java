package app.claimgraph;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Searches whose every word is common take the general query, one at a time (search/HitQueries). On the
 * seed no word is common, so the profile makes every word count as one
 * ({@code claimgraph.search.driver-max-postings=0}): the answers must be those of GraphQueriesTest, where
 * searches of several words are driven by their rarest word.
 */
@QuarkusTest
@TestProfile(TightLimitsProfile.class)
class BroadSearchTest {

    @Test
    void broadSearchesFindWhatDrivenSearchesFind() {
        GraphQueriesTest.assertSearchesFindTheExpectedNodes();
    }
}
