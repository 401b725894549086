package app.claimgraph.smallrye;

import java.util.Map;

import graphql.execution.ExecutionContext;
import graphql.normalized.ExecutableNormalizedOperation;
import app.claimgraph.api.Lru;

/**
 * The normalized operations {@link LevelExecution} walks, kept from one request to the next. graphql-java
 * builds one per request from the document, the operation and the variables (which decide {@code @skip},
 * {@code @include} and the arguments it resolves): 3.9 % of the CPU of the 100k actor page, for a tree a
 * client's repeated query makes the same every time. Kept by query text, operation name and variables,
 * so equal requests share it whether or not they share a parsed document; a built operation is only read
 * afterwards. Bounded, least recently used first out; long documents are not kept.
 */
final class NormalizedOperations {

    /** Longer query texts are built per request: a key holds its text. */
    private static final int LONGEST_KEPT = 8_192;

    private record Key(String query, String operationName, Map<String, Object> variables) {
    }

    private final Map<Key, ExecutableNormalizedOperation> kept = Lru.of(256);

    /** The request's normalized operation: a kept one built for an equal request, or graphql-java's. */
    ExecutableNormalizedOperation of(ExecutionContext context) {
        String query = context.getExecutionInput().getQuery();
        if (query == null || query.length() > LONGEST_KEPT) {
            return context.getNormalizedQueryTree().get();
        }
        Key key = new Key(query, context.getExecutionInput().getOperationName(), context.getCoercedVariables().toMap());
        ExecutableNormalizedOperation operation = kept.get(key);
        if (operation == null) {
            operation = context.getNormalizedQueryTree().get();
            kept.put(key, operation);
        }
        return operation;
    }
}
