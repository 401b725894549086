package app.claimgraph.smallrye;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.dataloader.DataLoaderRegistry;
import org.jboss.logging.Logger;

import graphql.ExecutionInput;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import app.claimgraph.api.FieldSelection;
import io.smallrye.graphql.execution.datafetcher.DefaultDataFetcher;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;

/**
 * The batch functions of the {@code @Source List} fields, built once and shared by every request.
 * SmallRye builds them again for every request, for every batched field of the schema whether the
 * query asks for it or not: each one a new data fetcher that loads its class by name and looks its
 * method up by reflection (15 % of the CPU of a node lookup). The functions hold nothing of a request
 * (SmallRye's non-batched fetchers are shared the same way), so the first request's are kept, each
 * wrapped once in {@link ArgumentSplittingBatchLoader}, and SmallRye's schema model is told there
 * are no batched operations left to build loaders for (it reads them from there per request, and
 * only its start-up, long over, reads them otherwise). A request then gets a registry that creates
 * the data loaders it uses, when it first uses them. UpgradeCanaryTest checks the sharing happens.
 * Switch: {@code claimgraph.patch.shared-batch-loaders}.
 */
final class SharedBatchLoaders {

    private static final Logger LOG = Logger.getLogger(SharedBatchLoaders.class);

    private record Shared(ArgumentSplittingBatchLoader function, DataLoaderOptions options) {
    }

    /** By loader name; null until the first request has shown SmallRye's loaders. */
    private volatile Map<String, Shared> shared;
    private volatile boolean checked;
    private final boolean enabled;
    private final FieldSelection selection;
    private final Wiring wiring;

    /**
     * {@code enabled}: {@code claimgraph.patch.shared-batch-loaders}; off, each request's own functions are split.
     * {@code selection}: non-null when {@code claimgraph.patch.plain-fetchers} is on; each function then runs as a
     * {@link PlainBatch}, which sets it.
     * {@code wiring} is told whether SmallRye stopped building loaders once they were shared.
     */
    SharedBatchLoaders(boolean enabled, FieldSelection selection, Wiring wiring) {
        this.enabled = enabled;
        this.selection = selection;
        this.wiring = wiring;
    }

    /** The request's input with a registry over the shared functions (or its own, split by arguments). */
    ExecutionInput prepare(ExecutionInput input) {
        if (!enabled) {
            DataLoaderRegistry own = new OnDemand(splitting(input.getDataLoaderRegistry(), selection));
            return input.transform(b -> b.dataLoaderRegistry(own));
        }
        Map<String, Shared> functions = shared;
        if (functions == null) {
            functions = adopt(input.getDataLoaderRegistry());
        } else if (!checked) {
            // once: what SmallRye handed the first request built after the adoption
            checked = true;
            wiring.sharing(input.getDataLoaderRegistry().getDataLoadersMap().isEmpty());
        }
        DataLoaderRegistry registry = new OnDemand(functions);
        return input.transform(b -> b.dataLoaderRegistry(registry));
    }

    private synchronized Map<String, Shared> adopt(DataLoaderRegistry smallRyes) {
        if (shared != null) {
            return shared;
        }
        shared = splitting(smallRyes, selection);
        wiring.plainBatches((int) shared.values().stream().filter(f -> f.function().plain()).count(), shared.size());
        stopPerRequestLoaders();
        return shared;
    }

    /**
     * SmallRye's batch functions in {@code registry}, each split by arguments (with a {@code selection}: as a
     * {@link PlainBatch}, its answers kept per occurrence of the field, {@link OccurrenceKey}).
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Shared> splitting(DataLoaderRegistry registry, FieldSelection selection) {
        Map<String, Shared> functions = new HashMap<>();
        registry.getDataLoadersMap().forEach((name, loader) -> {
            if (loader.getBatchLoadFunction() instanceof BatchLoaderWithContext<?, ?> fn) {
                boolean plain = selection != null && fn instanceof DefaultDataFetcher<?, ?>;
                BatchLoaderWithContext<Object, Object> function = plain
                        ? new PlainBatch((DefaultDataFetcher<Object, Object>) fn, selection)
                        : (BatchLoaderWithContext<Object, Object>) fn;
                DataLoaderOptions options = plain
                        ? DataLoaderOptions.newOptions(loader.getOptions()).setCacheKeyFunction(new OccurrenceKey()).build()
                        : loader.getOptions();
                functions.put(name, new Shared(new ArgumentSplittingBatchLoader(function), options));
            }
        });
        return Map.copyOf(functions);
    }

    /** Empties the model's batched operations, from which SmallRye builds its loaders per request. */
    private static void stopPerRequestLoaders() {
        try (InstanceHandle<Schema> model = Arc.container().instance(Schema.class)) {
            if (!model.isAvailable()) {
                LOG.warn("SmallRye's schema model is not a bean: batch loaders stay built per request");
                return;
            }
            for (Type type : model.get().getTypes().values()) {
                if (type.hasBatchOperations()) {
                    type.setBatchOperations(new LinkedHashMap<>());
                }
            }
        }
    }

    /** A request's registry: a data loader is created when a field first asks for it by name. */
    private static final class OnDemand extends DataLoaderRegistry {
        private final Map<String, Shared> functions;

        OnDemand(Map<String, Shared> functions) {
            this.functions = functions;
        }

        @Override
        public <K, V> DataLoader<K, V> getDataLoader(String key) {
            DataLoader<K, V> loader = super.getDataLoader(key);
            if (loader != null) {
                return loader;
            }
            Shared fn = functions.get(key);
            return fn == null ? null
                    : computeIfAbsent(key, name -> DataLoaderFactory.newDataLoader(name, fn.function(), fn.options()));
        }
    }
}
