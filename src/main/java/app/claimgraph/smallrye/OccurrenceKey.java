package app.claimgraph.smallrye;

import java.util.List;
import java.util.Map;

import org.dataloader.CacheKey;

import graphql.execution.MergedField;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;

/**
 * The key under which a batched field's data loader keeps a parent's answer within a request: the parent,
 * the field's arguments as sent and the place of the field in the query (its query nodes, by identity).
 * SmallRye's key is an int, the hash of the parent's and the arguments' hashes, so two aliases with the
 * same arguments were answered once, from the first one's selection: a resolver that reads only what is
 * asked ({@link app.claimgraph.api.FieldSelection}) left the second alias's fields empty. With the place in
 * the key each alias is a key of its own in the one batch, and {@link PlainBatch} hands the resolver every
 * alias's selection. Unequal parents or arguments whose hashes collided no longer share an answer either.
 * Under the {@code plain-fetchers} switch, with {@link PlainBatch}.
 */
final class OccurrenceKey implements CacheKey<Object> {

    private record Key(Object parent, Object arguments, List<?> place) {
    }

    @Override
    public Object getKey(Object parent) {
        return parent;
    }

    @Override
    public Object getKeyWithContext(Object parent, Object context) {
        if (context instanceof Map<?, ?> map && map.get(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT) instanceof DataFetchingEnvironment env) {
            MergedField field = env.getMergedField();
            return new Key(parent, env.getArguments(), field == null ? List.of(env) : field.getFields());
        }
        return parent;
    }
}
