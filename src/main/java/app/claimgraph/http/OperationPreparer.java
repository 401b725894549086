package app.claimgraph.http;

import app.claimgraph.api.Lru;
import static app.claimgraph.http.ErrorBodies.JSONP;
import static app.claimgraph.http.ErrorBodies.error;
import static app.claimgraph.http.ErrorBodies.errorJson;
import static app.claimgraph.http.RequestDecoder.object;
import static app.claimgraph.http.RequestDecoder.string;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.ParseAndValidate;
import app.claimgraph.api.ApiError;
import app.claimgraph.smallrye.ErrorCodes;

/**
 * Turns a request's parameters into an operation ready to execute, or a {@link Rejection}: resolves a
 * persisted or trusted document, parses it within bounds, applies every limit of {@link ApiLimits}
 * and validates it against the schema. Nothing here depends on HTTP.
 */
@ApplicationScoped
class OperationPreparer {

    private final ApiLimits limits;
    private final PersistedDocuments documents;
    private final Supplier<GraphQLSchema> schema;

    private volatile ParserOptions parserOptions;
    /**
     * Documents that parsed and validated, by their text: a client repeats the same few operations,
     * which are then neither parsed nor validated again here (limits are still measured: they
     * depend on the variables). Bounded, least recently used first out; long documents (inline
     * ingest payloads) are not kept.
     */
    private final Map<String, Document> validDocuments = Lru.of(2000);

    @Inject
    OperationPreparer(ApiLimits limits, PersistedDocuments documents, Instance<GraphQLSchema> schema) {
        this(limits, documents, schema::get);
    }

    /** A preparer on its own, for unit tests: the schema and the limits are all it needs. */
    OperationPreparer(ApiLimits limits, PersistedDocuments documents, Supplier<GraphQLSchema> schema) {
        this.limits = limits;
        this.documents = documents;
        this.schema = schema;
    }

    /** The parser's bounds (tokens, characters), which SmallRye's own parse must share. */
    ParserOptions parserOptions() {
        if (parserOptions == null) {
            parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(o -> o
                    .maxTokens(limits.maxTokens())
                    .maxCharacters(limits.maxBodyBytes())
                    .captureLineComments(false)
                    .captureIgnoredChars(false));
        }
        return parserOptions;
    }

    /** A checked operation, ready to run: its name and type (query, mutation) for the metrics. */
    public record Prepared(JsonObject input, boolean query, String name, String type) {
    }

    /** Resolves the document, parses it, applies every limit and validates it. */
    Prepared prepare(JsonObject params, boolean get) throws Rejection {
        String query = string(params, "query");
        String operationName = string(params, "operationName");
        JsonObject variables = object(params, "variables");
        JsonObject extensions = object(params, "extensions");
        String documentId = string(params, "documentId");

        String hash = null;
        JsonObject persisted = extensions == null ? null : object(extensions, "persistedQuery");
        if (persisted != null) {
            if (persisted.getInt("version", 1) != 1 || !(persisted.get("sha256Hash") instanceof JsonString h)) {
                throw Rejection.http(400, "extensions.persistedQuery needs version 1 and a sha256Hash string.",
                        ApiError.BAD_REQUEST);
            }
            hash = PersistedDocuments.normalise(h.getString());
        } else if (documentId != null) {
            hash = PersistedDocuments.normalise(documentId);
        }
        if (query == null && hash != null) {
            query = documents.lookup(hash);
            if (query == null) {
                if (!limits.persistedQueries() && !documents.trustedOnly()) {
                    throw Rejection.graphql(error("PersistedQueryNotSupported", "PERSISTED_QUERY_NOT_SUPPORTED",
                            null, null));
                }
                throw Rejection.graphql(error(documents.trustedOnly()
                        ? "No trusted document has this hash: this service runs only trusted documents."
                        : "PersistedQueryNotFound", documents.trustedOnly() ? "TRUSTED_DOCUMENT_REQUIRED"
                                : "PERSISTED_QUERY_NOT_FOUND", null, null));
            }
        } else if (query == null) {
            throw Rejection.http(400, "The request has no 'query' (nor a persisted query hash).", ApiError.BAD_REQUEST);
        } else {
            // hashed only when a hash is sent or only trusted documents run (0.9 % of a nested page's CPU)
            String actual = hash != null || documents.trustedOnly() ? PersistedDocuments.sha256(query) : null;
            if (hash != null && !hash.equals(actual)) {
                throw Rejection.http(400, "The query does not match extensions.persistedQuery.sha256Hash.",
                        "PERSISTED_QUERY_HASH_MISMATCH");
            }
            if (documents.trustedOnly() && !documents.isTrusted(actual)) {
                throw Rejection.graphql(error("This service runs only trusted documents, and this is not one of them.",
                        "TRUSTED_DOCUMENT_REQUIRED", null, null));
            }
            if (hash != null) {
                documents.register(hash, query);
            }
        }

        Document known = validDocuments.get(query);
        Document document = known != null ? known : parse(query);
        OperationDefinition op = QueryShape.operation(document, operationName);
        int operations = document.getDefinitionsOfType(OperationDefinition.class).size();
        if (op == null && operations > 0) {
            throw Rejection.graphql(error(operationName == null
                    ? "The document has " + operations + " operations: name the one to run in 'operationName'."
                    : "The document has no operation named '" + operationName + "'.", ApiError.BAD_REQUEST, null, null));
        }
        if (op != null && get && op.getOperation() != OperationDefinition.Operation.QUERY) {
            throw new Rejection(405, 405, error("GET runs queries only: send " + op.getOperation().name().toLowerCase(Locale.ROOT)
                    + "s with POST.", ApiError.METHOD_NOT_ALLOWED, null, null));
        }
        if (op != null && op.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
            throw Rejection.graphql(error("Subscriptions are served over WebSocket (graphql-transport-ws) at /graphql.",
                    ApiError.BAD_REQUEST, null, null));
        }
        GraphQLSchema graphQLSchema = schema.get();
        if (op != null) {
            QueryShape.Violation v = QueryShape.measure(document, op, variables, graphQLSchema).violation(limits);
            if (v != null) {
                throw Rejection.graphql(error(v.message(), ApiError.QUERY_TOO_COMPLEX, v.limit(), v.value()));
            }
        }
        if (!limits.introspection() && QueryShape.introspects(document)) {
            throw Rejection.graphql(error("Introspection is turned off on this service.", "INTROSPECTION_DISABLED",
                    null, null));
        }
        List<ValidationError> invalid = known != null ? List.of()
                : ParseAndValidate.validate(graphQLSchema, document, Locale.ENGLISH);
        if (invalid.isEmpty() && known == null && query.length() <= 20_000) {
            validDocuments.put(query, document);
        }
        if (!invalid.isEmpty()) {
            JsonObjectBuilder body = JSONP.createObjectBuilder();
            var errors = JSONP.createArrayBuilder();
            for (ValidationError v : invalid) {
                GraphQLError coded = ErrorCodes.withCode(v);
                String message = limits.introspection() ? coded.getMessage()
                        : "The document is not valid (" + v.getValidationErrorType() + ")"
                                + (v.getQueryPath() == null ? "." : " at " + String.join("/", v.getQueryPath()) + ".");
                errors.add(errorJson(message, coded.getLocations(), coded.getExtensions()));
            }
            throw Rejection.graphql(body.add("errors", errors).build());
        }
        JsonObjectBuilder input = JSONP.createObjectBuilder().add("query", query);
        if (operationName != null) {
            input.add("operationName", operationName);
        }
        if (variables != null) {
            input.add("variables", variables);
        }
        if (extensions != null) {
            input.add("extensions", extensions);
        }
        String type = op == null ? "unknown" : op.getOperation().name().toLowerCase(Locale.ROOT);
        return new Prepared(input.build(), op != null && op.getOperation() == OperationDefinition.Operation.QUERY,
                op == null ? null : op.getName(), type);
    }

    private Document parse(String query) throws Rejection {
        try {
            return Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(parserOptions()).build());
        } catch (ParseCancelledTooDeepException e) {
            throw Rejection.graphql(error("The document is nested too deeply to parse (maxDepth is " + limits.maxDepth()
                    + ").", ApiError.QUERY_TOO_COMPLEX, "maxDepth", limits.maxDepth()));
        } catch (ParseCancelledTooManyCharsException e) {
            throw Rejection.graphql(error("The document is longer than maxBodyBytes (" + limits.maxBodyBytes()
                    + ").", ApiError.BAD_REQUEST, "maxBodyBytes", limits.maxBodyBytes()));
        } catch (ParseCancelledException e) {
            throw Rejection.graphql(error("The document has more than maxTokens (" + limits.maxTokens()
                    + ") tokens.", ApiError.QUERY_TOO_COMPLEX, "maxTokens", limits.maxTokens()));
        } catch (InvalidSyntaxException e) {
            SourceLocation at = e.getLocation();
            String message = "Syntax error: " + (e.getMessage() == null ? "invalid document" : e.getMessage());
            throw Rejection.graphql(JSONP.createObjectBuilder().add("errors", JSONP.createArrayBuilder()
                    .add(errorJson(message, at == null ? List.of() : List.of(at),
                            Map.of("code", "GRAPHQL_PARSE_FAILED")))).build());
        }
    }
}
