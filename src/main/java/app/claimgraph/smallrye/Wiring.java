package app.claimgraph.smallrye;

import java.util.List;

import jakarta.inject.Singleton;

import io.quarkus.arc.Unremovable;

/**
 * What the patches found and replaced as SmallRye built its schema and its GraphQL, one per application:
 * the fetchers replaced ({@link SchemaAdjustments}), whether SmallRye stopped building batch loaders once
 * they were shared and how many run as {@link PlainBatch} ({@link SharedBatchLoaders}), the instrumentation chain ({@link GraphQLCustomizer}).
 * UpgradeCanaryTest reads it after a SmallRye upgrade. Looked up, not injected, by GraphQLCustomizer
 * (SmallRye's service, not a bean).
 */
@Singleton
@Unremovable
public class Wiring {

    private volatile SchemaAdjustments.Replaced replaced = new SchemaAdjustments.Replaced(0, 0, 0);
    private volatile Boolean sharing;
    private volatile PlainBatches plainBatches = new PlainBatches(0, 0);
    private volatile boolean lean;
    private volatile List<String> chained = List.of();

    /** How many SmallRye fetchers the schema bootstrap replaced. */
    SchemaAdjustments.Replaced replaced() {
        return replaced;
    }

    void replaced(SchemaAdjustments.Replaced replaced) {
        this.replaced = replaced;
    }

    /** Whether the request after the loaders were shared came without SmallRye's own; null until it came. */
    Boolean sharing() {
        return sharing;
    }

    void sharing(boolean sharing) {
        this.sharing = sharing;
    }

    /** How many of the shared batch functions run as {@link PlainBatch}, of how many. */
    PlainBatches plainBatches() {
        return plainBatches;
    }

    void plainBatches(int plain, int of) {
        this.plainBatches = new PlainBatches(plain, of);
    }

    /** Whether the last GraphQL built chains its instrumentations without per-field hooks. */
    boolean leanChain() {
        return lean;
    }

    /** The classes of the chained instrumentations. */
    List<String> chained() {
        return chained;
    }

    void chain(boolean lean, List<String> chained) {
        this.lean = lean;
        this.chained = List.copyOf(chained);
    }

    /** How many shared batch functions run as {@link PlainBatch} ({@code plain}) of how many ({@code of}); one value, read whole. */
    record PlainBatches(int plain, int of) {
    }
}
