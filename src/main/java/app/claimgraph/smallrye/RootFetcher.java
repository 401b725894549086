package app.claimgraph.smallrye;

import java.util.Collections;

import org.eclipse.microprofile.graphql.GraphQLException;

import app.claimgraph.api.FieldSelection;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDefaultDataFetcher;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;

/**
 * A root query field, resolved as Quarkus's own fetcher resolves it (its request-context handling,
 * SmallRye's argument conversion, invocation, result adaptation and partial-result errors), minus the
 * request context SmallRye builds first for every root field: a clone of the request's context with
 * the field's whole selection computed and copied into JSON-P arrays, twice. Nothing here reads that
 * context (no resolver takes SmallRye's {@code Context}; the batches build their own), and for a
 * node lookup it was 8 % of the CPU. Bean-validation failures, which no query argument declares,
 * are not turned into field errors here; they would surface as the request's error.
 * The resolver is handed the field's selection ({@link FieldSelection}), for what it can skip.
 */
final class RootFetcher<K, T> extends QuarkusDefaultDataFetcher<K, T> {

    private final FieldSelection selection;

    RootFetcher(Operation operation, FieldSelection selection) {
        super(operation, null);
        this.selection = selection;
    }

    @Override
    public T get(DataFetchingEnvironment env) throws Exception {
        DataFetcherResult.Builder<Object> result = DataFetcherResult.newResult().localContext(env.getGraphQlContext());
        try (FieldSelection.Scope scope = selection.enter(Collections.singletonList(env.getSelectionSet()))) {
            return invokeAndTransform(null, env, result, argumentHelper.getArguments(env).toArray());
        } catch (AbstractDataFetcherException e) {
            // arguments or result could not be converted
            e.appendDataFetcherResult(result, env);
        } catch (GraphQLException e) {
            errorResultHelper.appendPartialResult(result, env, e);
        }
        return invokeFailure(result);
    }
}
