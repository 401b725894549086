package app.claimgraph.smallrye;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.schema.model.Operation;

/**
 * Queues a parent of a batched {@code @Source List<T>} field on SmallRye's data loader for that
 * field, as SmallRye's own fetcher does, minus what that one adds for every parent: a request
 * context built from the field (a clone, the path and the selection), a Mutiny pipeline around the
 * loader's future and the context propagation on it. On a page of 20 actors with their claims
 * those were most of the CPU. The batch itself (one call of the {@code @Source List} method for
 * all parents) still runs through SmallRye, with its request context, once per batch.
 */
final class BatchFetcher implements DataFetcher<Object> {

    private final String loader;
    private final ArgumentHelper arguments;

    BatchFetcher(Operation operation) {
        this.loader = new BatchLoaderHelper().getName(operation);
        this.arguments = new ArgumentHelper(operation.getArguments());
    }

    @Override
    public Object get(DataFetchingEnvironment env) throws Exception {
        return env.getDataLoader(loader).load(env.getSource(), keyContext(env));
    }

    /** What SmallRye's batch function reads for a parent: the field's converted arguments and its environment. */
    private Map<String, Object> keyContext(DataFetchingEnvironment env) throws Exception {
        Map<String, Object> keyContext = new HashMap<>(4);
        keyContext.put(BatchLoaderHelper.ARGUMENTS, arguments.getArguments(env, true));
        keyContext.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, env);
        return keyContext;
    }

    /**
     * The field's values for all of {@code sources} at once, for {@link LevelStrategy}: the arguments
     * converted once ({@code env} is the field's, for any one parent) and the batch function called
     * straight away on the calling thread with all of them. The data loader's queue is not used: it
     * adds a future, a cache entry and a key context per parent, for a batch that is whole already
     * (a level's parents are all known when it runs) and a cache that only an alias asking the same
     * field with the same arguments again would hit.
     */
    @SuppressWarnings("unchecked")
    List<Object> loadAll(DataFetchingEnvironment env, List<Object> sources) throws Exception {
        DataLoader<Object, Object> queue = env.getDataLoader(loader);
        if (!(queue.getBatchLoadFunction() instanceof BatchLoaderWithContext<?, ?> function)) {
            CompletableFuture<List<Object>> values = queue.loadMany(sources,
                    Collections.nCopies(sources.size(), keyContext(env)));
            queue.dispatch();
            return values.join();
        }
        BatchLoaderEnvironment batch = BatchLoaderEnvironment.newBatchLoaderEnvironment()
                .keyContexts(sources, Collections.nCopies(sources.size(), keyContext(env))).build();
        return ((BatchLoaderWithContext<Object, Object>) function).load(sources, batch).toCompletableFuture().join();
    }
}
