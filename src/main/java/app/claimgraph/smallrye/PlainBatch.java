package app.claimgraph.smallrye;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.BatchLoaderWithContext;

import app.claimgraph.api.FieldSelection;
import graphql.execution.MergedField;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.smallrye.graphql.execution.datafetcher.DefaultDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;

/**
 * A {@code @Source List} field's batch function as SmallRye runs it (its arguments as converted for the
 * first parent, Quarkus's request-context handling, the call, the result), minus the request context
 * SmallRye builds first for every batch: the field's whole selection computed and copied into JSON-P
 * arrays, twice. As for {@link RootFetcher}, nothing reads that context (no resolver takes SmallRye's
 * {@code Context}); it was 4.6 % of the CPU of the 100k actor page (three batches per page).
 * It hands the resolver the field's selections instead ({@link FieldSelection}), for what it can skip:
 * one per occurrence of the field in the batch (parents under one alias share theirs).
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
        return selection.during(selections(environment.getKeyContextsList(), env), () -> fetcher.invokeBatch(env, arguments));
    }

    /**
     * The selections of the batch's occurrences of the field: one per distinct set of query fields (the
     * parents under one alias have the same), so an alias that shares the batch with the same arguments is
     * not answered from another alias's selection; null (unknown) when an environment is missing.
     */
    private static List<DataFetchingFieldSelectionSet> selections(List<Object> keyContexts, DataFetchingEnvironment first) {
        if (first == null) {
            return null;
        }
        List<List<Field>> seen = new ArrayList<>(2);
        List<DataFetchingFieldSelectionSet> sets = new ArrayList<>(2);
        for (Object context : keyContexts == null || keyContexts.isEmpty() ? List.of() : keyContexts) {
            if (!(context instanceof Map<?, ?> map && map.get(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT) instanceof DataFetchingEnvironment env)) {
                return null;
            }
            MergedField field = env.getMergedField();
            List<Field> fields = field == null ? null : field.getFields();
            if (fields == null || seen.stream().noneMatch(f -> sameNodes(f, fields))) {
                seen.add(fields);
                sets.add(env.getSelectionSet());
            }
        }
        return sets.isEmpty() ? Collections.singletonList(first.getSelectionSet()) : sets;
    }

    /** Whether the two lists hold the same query nodes (by identity: one place in the query's text). */
    private static boolean sameNodes(List<Field> a, List<Field> b) {
        if (a == null || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
