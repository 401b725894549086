package app.claimgraph.api;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.schema.DataFetchingFieldSelectionSet;

/**
 * The sub-fields the query asks of the batched field being resolved on this thread, for a resolver that
 * reads less when less is asked (a claim's relationships without the ends nobody selected). The execution
 * sets it around a batch call (smallrye/PlainBatch); where it is not set the answer is "maybe", so a
 * resolver reads everything, as it would without it. A resolver must still answer right when a sub-field
 * it skipped is asked after all (another alias in the same batch): it only saves work, never decides data.
 */
@ApplicationScoped
public class FieldSelection {

    private final ThreadLocal<DataFetchingFieldSelectionSet> current = new ThreadLocal<>();

    /** False only when the field's selection is known and lacks {@code subField} (a name, or a path a/b). */
    public boolean mayAsk(String subField) {
        DataFetchingFieldSelectionSet set = current.get();
        return set == null || set.contains(subField);
    }

    /** Runs {@code call} with {@code selection} as the current field's selection (null: unknown). */
    public <T> T during(DataFetchingFieldSelectionSet selection, Supplier<T> call) {
        DataFetchingFieldSelectionSet outer = current.get();
        current.set(selection);
        try {
            return call.get();
        } finally {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
    }
}
