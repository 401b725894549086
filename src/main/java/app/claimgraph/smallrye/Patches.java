package app.claimgraph.smallrye;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The switches of this package's changes to how SmallRye GraphQL and graphql-java execute a query,
 * one per change, each {@code claimgraph.patch.<name>} (default true). Every one of them is for speed
 * only: with all of them off the API answers the same, byte for byte (.ci/run runs the API test suite
 * a second time with all of them off, {@code ./mvnw test -Ppatches-off}). Their gains, measured one off
 * at a time against all on by {@code bench/patches.sh} (README, "Execution patches"; 2026-12-06, H2, 10k
 * claims): the service's CPU per actor page at 1 / 8 clients with the patch off, against all on, below.
 * <p>
 * What stays on whatever the switches say, because it is a defect's fix or the contract, not a speed-up:
 * each alias of a batched field loaded with its own arguments ({@link ArgumentSplittingBatchLoader}),
 * the {@code [ID!]!} arguments SmallRye cannot declare ({@link SchemaAdjustments}), error codes
 * ({@link ErrorCodes}), and the request context ended for its own request only ({@link ExecutionRoute}).
 *
 * @param levelExecution a field at a time over all parents ({@link LevelStrategy}): ×1.28 / ×1.37
 * @param plainFetchers our data fetchers in place of SmallRye's for plain properties, batched fields and
 *        root queries ({@link LeafFetcher}, {@link BatchFetcher}, {@link RootFetcher}), and batch functions
 *        without SmallRye's per-batch context ({@link PlainBatch}); the level path needs them: ×3.43 / ×6.83
 * @param defaultVisibility graphql-java's default field visibility in place of SmallRye's pattern that
 *        blocks nothing: ×1.49 / ×1.44
 * @param sharedBatchLoaders batch functions built once and shared by all requests ({@link SharedBatchLoaders}):
 *        ×1.03 / ×1.03 (node lookup at 8 clients ×1.48)
 * @param leanInstrumentation instrumentations chained without per-field hooks ({@link LeanChain}): ×1.42 / ×1.09
 */
record Patches(boolean levelExecution, boolean plainFetchers, boolean defaultVisibility, boolean sharedBatchLoaders,
        boolean leanInstrumentation) {

    static final String PREFIX = "claimgraph.patch.";

    /**
     * The switches as configured. The schema's ({@code plain-fetchers}, {@code default-visibility}) are
     * read when SmallRye builds the schema, which a native image does at build time.
     */
    static Patches configured() {
        Config config = ConfigProvider.getConfig();
        return new Patches(on(config, "level-execution"), on(config, "plain-fetchers"), on(config, "default-visibility"),
                on(config, "shared-batch-loaders"), on(config, "lean-instrumentation"));
    }

    private static boolean on(Config config, String name) {
        return config.getOptionalValue(PREFIX + name, Boolean.class).orElse(true);
    }
}
