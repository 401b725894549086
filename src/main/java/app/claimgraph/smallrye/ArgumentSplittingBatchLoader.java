package app.claimgraph.smallrye;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.BatchLoaderWithContext;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;

/**
 * Works around a SmallRye GraphQL defect: a batched {@code @Source List<T>} field requested under
 * several aliases with different arguments ({@code a: claimsMade(first: 1) b: claimsMade(first: 3)})
 * is loaded in one batch with the first alias's arguments. This loader splits each batch into
 * groups of equal arguments and calls SmallRye's batch function once per group, so every alias
 * gets its own arguments, and parents that share arguments still share one query.
 */
final class ArgumentSplittingBatchLoader implements BatchLoaderWithContext<Object, Object> {

    /** Key under which SmallRye puts the DataFetchingEnvironment into each key context. */
    private static final String DFE = BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT;

    private final BatchLoaderWithContext<Object, Object> delegate;

    ArgumentSplittingBatchLoader(BatchLoaderWithContext<Object, Object> delegate) {
        this.delegate = delegate;
    }

    /** Whether the function it splits runs without SmallRye's per-batch context (a {@link PlainBatch}). */
    boolean plain() {
        return delegate instanceof PlainBatch;
    }

    @Override
    public CompletionStage<List<Object>> load(List<Object> keys, BatchLoaderEnvironment environment) {
        List<Object> contexts = environment.getKeyContextsList();
        if (contexts == null || contexts.size() != keys.size()) {
            return delegate.load(keys, environment);
        }
        Map<Object, List<Integer>> groups = new LinkedHashMap<>();
        Map<Object, Object> byIdentity = new IdentityHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Object groupKey = argumentsOf(contexts.get(i), byIdentity);
            groups.computeIfAbsent(groupKey, k -> new ArrayList<>()).add(i);
        }
        if (groups.size() <= 1) {
            return delegate.load(keys, environment);
        }
        Object[] results = new Object[keys.size()];
        List<CompletableFuture<Void>> parts = new ArrayList<>();
        for (List<Integer> positions : groups.values()) {
            List<Object> subKeys = new ArrayList<>(positions.size());
            List<Object> subContexts = new ArrayList<>(positions.size());
            for (int p : positions) {
                subKeys.add(keys.get(p));
                subContexts.add(contexts.get(p));
            }
            BatchLoaderEnvironment subEnvironment = BatchLoaderEnvironment.newBatchLoaderEnvironment()
                    .context(environment.getContext()).keyContexts(subKeys, subContexts).build();
            parts.add(delegate.load(subKeys, subEnvironment).toCompletableFuture().thenAccept(values -> {
                for (int j = 0; j < positions.size(); j++) {
                    results[positions.get(j)] = values.get(j);
                }
            }));
        }
        return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
                .thenApply(done -> Arrays.asList(results));
    }

    /** The field's arguments as sent (plain maps, lists, strings and numbers: value equality). */
    private static Object argumentsOf(Object keyContext, Map<Object, Object> byIdentity) {
        if (keyContext instanceof Map<?, ?> map && map.get(DFE) instanceof DataFetchingEnvironment dfe) {
            return dfe.getArguments();
        }
        return byIdentity.computeIfAbsent(keyContext, k -> new Object());
    }
}
