package app.claimgraph;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The seed-data assertions against the packaged artifact Quarkus launches itself: the jar here, the
 * native binary in a native build (./mvnw verify -Dnative), on a file database under target/.
 */
@QuarkusIntegrationTest
class SeedDataIT extends SeedDataTest {
}
