package app.claimgraph.smallrye;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.BatchLoaderWithContext;

import app.claimgraph.api.FieldSelection;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.DefaultDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;

/**
 * A {@code @Source List} field's batch function as SmallRye runs it (its arguments as converted for the
 * first parent, Quarkus's request-context handling, the call, the result), minus the request context
 * SmallRye builds first for every batch: the field's whole selection computed and copied into JSON-P
 * arrays, twice. As for {@link RootFetcher}, nothing reads that context (no resolver takes SmallRye's
 * {@code Context}); it was 4.6 % of the CPU of the 100k actor page (three batches per page).
 * It hands the resolver the field's selection instead ({@link FieldSelection}), for what it can skip.
 * Switch: {@code claimgraph.patch.plain-fetchers}, with the other fetchers that skip it.
 */
final class PlainBatch implements BatchLoaderWithContext<Object, Object> {

    private static final BatchLoaderHelper HELPER = new BatchLoaderHelper();

    private final DefaultDataFetcher<Object, Object> fetcher;
    private final FieldSelection selection;

    PlainBatch(DefaultDataFetcher<Object, Object> fetcher, FieldSelection selection) {
        this.fetcher = fetcher;
        this.selection = selection;
    }

    @Override
    public CompletionStage<List<Object>> load(List<Object> keys, BatchLoaderEnvironment environment) {
        Map<String, Object> batch = HELPER.getBatchContext(keys, environment);
        DataFetchingEnvironment env = HELPER.getDataFetchingEnvironment(batch);
        Object[] arguments = HELPER.getArguments(batch);
        return selection.during(env == null ? null : env.getSelectionSet(), () -> fetcher.invokeBatch(env, arguments));
    }
}
