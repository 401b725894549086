package app.claimgraph.http;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * What one request may ask of the service, and how the GraphQL endpoint is exposed. Every limit is
 * checked before any database work; a rejection names the limit and its value.
 */
@ConfigMapping(prefix = "claimgraph.graphql")
public interface ApiLimits {

    /** Deepest field nesting, counted from the operation's root fields (which are depth 1). */
    @WithDefault("15")
    int maxDepth();

    /**
     * Estimated cost: every field costs 1, and a list field multiplies the cost of what is selected
     * under it by its {@code first}/{@code last} (or its default page size).
     */
    @WithDefault("100000")
    int maxCost();

    @WithDefault("50")
    int maxAliases();

    @WithDefault("20")
    int maxRootFields();

    @WithDefault("50")
    int maxDirectives();

    /** Lexical tokens in the document (the parser stops counting there). */
    @WithDefault("15000")
    int maxTokens();

    /**
     * Request body size of requests without an {@code Authorization} header (readers; they cannot write),
     * and the longest GraphQL document any request may send: sized for queries, not for payloads.
     */
    @WithDefault("262144")
    int maxBodyBytes();

    /**
     * Request body size of requests with an {@code Authorization} header (writers): an ingest of a
     * 1,000,000-character document fits with room for its claims. Their document is still bounded by
     * {@link #maxBodyBytes()}; only the variables may be this large.
     */
    @WithDefault("8388608")
    int maxIngestBodyBytes();

    /** Operations in one batched request (a JSON array); 0 refuses batches. */
    @WithDefault("10")
    int maxBatch();

    /** Schema introspection ({@code __schema}, {@code __type}) and the SDL endpoint. */
    @WithDefault("true")
    boolean introspection();

    /** Apollo Automatic Persisted Queries: hashes registered by clients, kept in memory. */
    @WithName("persisted-queries.enabled")
    @WithDefault("true")
    boolean persistedQueries();

    @WithName("persisted-queries.cache-size")
    @WithDefault("10000")
    int persistedQueriesCacheSize();

    /**
     * A JSON object of trusted documents, {"&lt;sha256 hex&gt;": "&lt;document&gt;"} (the manifest GraphQL
     * Code Generator and Relay write): a file path or a class-path resource.
     */
    @WithName("trusted-documents.location")
    Optional<String> trustedDocuments();

    /** Run only documents from the trusted-documents manifest. */
    @WithName("trusted-documents.only")
    @WithDefault("false")
    boolean trustedDocumentsOnly();

    /** max-age of Cache-Control on successful GET queries when reads are public; 0 sends no-cache. */
    @WithName("http.cache-max-age")
    @WithDefault("60")
    int cacheMaxAge();

    /**
     * Bytes of query results kept for identical requests (same document, operation and variables),
     * served again while no write has happened since (see {@link ResultCache}); 0 turns it off.
     */
    @WithName("result-cache.max-bytes")
    @WithDefault("16777216")
    long resultCacheMaxBytes();

    /**
     * Queries executing at once; the others wait in a queue for a turn (no thread, no connection).
     * 0: three per available processor. On 2 vCPUs, 32 clients of the nested actor page ran a
     * quarter to a third faster with 6 than unbounded, p99 almost halved (bench/results): executions
     * beyond that only shared the processors and the heap. Mutations and subscriptions are not
     * counted (an ingest waiting for the write lock must not hold a turn).
     */
    @WithName("max-concurrent-queries")
    @WithDefault("0")
    int maxConcurrentQueries();

    /** Results larger than this are not kept. */
    @WithName("result-cache.max-entry-bytes")
    @WithDefault("1048576")
    int resultCacheMaxEntryBytes();
}
