package app.claimgraph.api;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.schema.DataFetchingFieldSelectionSet;

/**
 * The sub-fields the query asks of the batched field being resolved on this thread, for a resolver that
 * reads less when less is asked (a claim's relationships without the ends nobody selected, a page of claims
 * without the columns no field shows). The execution sets it around a batch call (smallrye/PlainBatch):
 * the selections of every occurrence of the field in the batch (two aliases with the same arguments share
 * one batch); where it is not set the answer is "maybe", so a resolver reads everything, as it would
 * without it. A resolver must still answer right when a sub-field it skipped is asked after all: it only
 * saves work, never decides data.
 */
@ApplicationScoped
public class FieldSelection {

    private final ThreadLocal<List<DataFetchingFieldSelectionSet>> current = new ThreadLocal<>();

    /**
     * False only when the field's selections are known and none has {@code subField} (a name, or a path
     * a/b, as {@link DataFetchingFieldSelectionSet#contains} takes it).
     */
    public boolean mayAsk(String subField) {
        List<DataFetchingFieldSelectionSet> sets = current.get();
        if (sets == null) {
            return true;
        }
        for (DataFetchingFieldSelectionSet set : sets) {
            if (set == null || set.contains(subField)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names of the fields asked directly under any of {@code paths} (e.g. {@code nodes}) in any of the current
     * selections; null when the selection is unknown. One pass over each selection: graphql-java's {@code contains}
     * compiles its glob and walks the whole selection on every call, once per name a resolver would test.
     */
    public Set<String> namesUnder(String... paths) {
        List<DataFetchingFieldSelectionSet> sets = current.get();
        if (sets == null) {
            return null;
        }
        String[] patterns = Arrays.stream(paths).map(p -> p + "/*").toArray(String[]::new);
        Set<String> names = new HashSet<>();
        for (DataFetchingFieldSelectionSet set : sets) {
            if (set == null) {
                return null;
            }
            set.getFields(patterns[0], Arrays.copyOfRange(patterns, 1, patterns.length)).forEach(f -> names.add(f.getName()));
        }
        return names;
    }

    /** Runs {@code call} with {@code selections} as the current field's selections (null: unknown). */
    public <T> T during(List<DataFetchingFieldSelectionSet> selections, Supplier<T> call) {
        try (Scope scope = enter(selections)) {
            return call.get();
        }
    }

    /** Makes {@code selections} the current field's until the scope is closed (null: unknown). */
    public Scope enter(List<DataFetchingFieldSelectionSet> selections) {
        List<DataFetchingFieldSelectionSet> outer = current.get();
        current.set(selections);
        return outer == null ? current::remove : () -> current.set(outer);
    }

    /** The time a selection is current: closing it brings back the one before. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
