package app.claimgraph.smallrye;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Fails, with what to look at, when a SmallRye GraphQL or Quarkus upgrade changes what
 * SchemaAdjustments relies on: it replaces SmallRye's data fetchers by recognising their classes,
 * so every batched field (a {@code @Source List<…>} parameter in our sources) must have been
 * replaced by a BatchFetcher, and the plain properties by LeafFetchers. The rest of what smallrye/
 * relies on fails at compile time or is checked by behaviour:
 * <ul>
 * <li>Quarkus's handler constructor and execution service (ExecutionRoute), SmallRye's batch-context
 * key (ArgumentSplittingBatchLoader uses BatchLoaderHelper's constant): compile errors;</li>
 * <li>each alias of a batched field gets its own arguments: AliasBatchingTest;</li>
 * <li>the error shapes and texts ErrorCodes maps: ErrorTest and ErrorSweepTest (a code per case,
 * INTERNAL never);</li>
 * <li>SmallRye's WebSocket route before the endpoint's (order -99): SubscriptionTest;</li>
 * <li>that nothing else reaches these internals: ArchitectureTest;</li>
 * <li>the instrumentations chained without per-field hooks (LeanChain), the batch functions shared and run
 * without SmallRye's per-batch context (PlainBatch): below;</li>
 * <li>the read role still checked on root fields: ReadRoleTest;</li>
 * <li>LevelStrategy answering pages exactly as graphql-java's strategy does (and answering them at all):
 * BreadthFirstTest.</li>
 * </ul>
 */
@QuarkusTest
class UpgradeCanaryTest {

    @jakarta.inject.Inject
    Wiring wiring;

    /** A parameter {@code @Source List<…>} (not a mention in a comment). */
    /** A root query method's annotation. */
    private static final Pattern ROOT_QUERY = Pattern.compile("^\\s*@Query\\b", Pattern.MULTILINE);

    private static final Pattern BATCHED = Pattern.compile("[(,]\\s*@Source\\s+(?:final\\s+)?List<");

    @Test
    void everyBatchedFieldAndThePlainPropertiesGetOurFetchers() throws IOException {
        Assumptions.assumeTrue(Patches.configured().plainFetchers(), "claimgraph.patch.plain-fetchers is off");
        int declared = occurrences(BATCHED);
        SchemaAdjustments.Replaced replaced = wiring.replaced();
        assertTrue(declared > 20, "the sources declare the batched fields: " + declared);
        assertEquals(declared, replaced.batches(), "batched fields whose SmallRye BatchDataFetcher was replaced by"
                + " BatchFetcher: after a SmallRye upgrade, check SchemaAdjustments.withPlainFetchers and BatchFetcher"
                + " (a copy of BatchDataFetcher.get)");
        assertTrue(replaced.leaves() > 100, "plain properties read by LeafFetcher instead of SmallRye's"
                + " FieldDataFetcher: " + replaced.leaves());
        int queries = occurrences(ROOT_QUERY);
        assertTrue(queries > 10, "the sources declare the root queries: " + queries);
        assertEquals(queries, replaced.roots(), "root query fields whose Quarkus QuarkusDefaultDataFetcher was replaced"
                + " by RootFetcher: after an upgrade, check SchemaAdjustments and RootFetcher (AbstractDataFetcher.get"
                + " without the context it builds)");
    }

    /** How often the pattern occurs in the main sources. */
    private static int occurrences(Pattern pattern) throws IOException {
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    found++;
                }
            }
        }
        return found;
    }

    @Test
    void instrumentationsAreChainedWithoutPerFieldHooks() {
        Assumptions.assumeTrue(Patches.configured().leanInstrumentation(), "claimgraph.patch.lean-instrumentation is off");
        // SmallRye builds its GraphQL (and calls GraphQLCustomizer.beforeGraphQLBuild) on the first execution
        assertEquals("Actor", app.claimgraph.Gql.post("{ actors(first: 1) { nodes { __typename } } }", java.util.Map.of())
                .getString("data.actors.nodes[0].__typename"));
        assertTrue(wiring.leanChain(), "an instrumentation that is not an ExecutionHooks joined the chain"
                + " (SmallRye's own, after an upgrade or a setting such as query complexity or tracing, or a new bean):"
                + " graphql-java's ChainedInstrumentation then runs five hooks per field and member again: "
                + wiring.chained());
    }

    @Test
    void batchLoadersAreSharedAndNoLongerBuiltPerRequest() {
        Assumptions.assumeTrue(Patches.configured().sharedBatchLoaders(), "claimgraph.patch.shared-batch-loaders is off");
        // batched fields on two executed requests (different, so the result cache answers neither): the first
        // shows SmallRye's loaders, the next shows whether SmallRye still builds them
        for (int i = 1; i <= 2; i++) {
            assertEquals("Actor", app.claimgraph.Gql.post("{ claims(first: " + i + ") { nodes { claimant { __typename } } } }",
                    java.util.Map.of()).getString("data.claims.nodes[0].claimant.__typename"));
        }
        assertEquals(Boolean.TRUE, wiring.sharing(), "SmallRye still builds every batch loader for every"
                + " request (or its schema model is no longer a bean): after an upgrade, check where"
                + " ExecutionService.execute reads the batched operations (Schema.getBatchOperations) and SharedBatchLoaders");
        if (Patches.configured().plainFetchers()) {
            Wiring.PlainBatches plain = wiring.plainBatches();
            assertTrue(plain.of() > 20, "shared batch functions: " + plain.of());
            assertEquals(plain.of(), plain.plain(), "batch functions that are no longer SmallRye's DefaultDataFetcher run with"
                    + " SmallRye's per-batch context again: after an upgrade, check SharedBatchLoaders.splitting and"
                    + " PlainBatch (DefaultDataFetcher.invokeBatch, BatchLoaderHelper)");
        }
    }

    /** LeanChain skips SmallRye's QueryCache for the per-field hooks: it must not use any. */
    @Test
    void smallRyesQueryCacheUsesNoPerFieldHook() {
        java.util.Set<String> perField = java.util.Set.of("createState", "createStateAsync", "beginExecuteObject",
                "beginFieldExecution", "beginFieldFetch", "beginFieldFetching", "beginFieldCompletion",
                "beginFieldListCompletion", "instrumentDataFetcher");
        for (Class<?> c = io.smallrye.graphql.execution.QueryCache.class; c != graphql.execution.instrumentation.SimpleInstrumentation.class;
                c = c.getSuperclass()) {
            for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
                assertTrue(!perField.contains(m.getName()), c.getName() + " now overrides " + m.getName()
                        + ": GraphQLCustomizer must no longer put it into a LeanChain");
            }
        }
    }
}
