package app.claimgraph.http;

import app.claimgraph.api.Lru;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/**
 * Documents a client may name by hash instead of sending them: the trusted documents of the
 * configured manifest, and (Apollo Automatic Persisted Queries) documents clients registered by
 * sending them once with their hash, kept in a bounded in-memory cache.
 */
@ApplicationScoped
@Startup
public class PersistedDocuments {

    private static final Logger LOG = Logger.getLogger(PersistedDocuments.class);

    private final ApiLimits limits;
    private final Map<String, String> trusted;
    private final Map<String, String> registered;

    @Inject
    public PersistedDocuments(ApiLimits limits) {
        this.limits = limits;
        this.trusted = limits.trustedDocuments().map(PersistedDocuments::load).orElse(Map.of());
        this.registered = Lru.of(limits.persistedQueriesCacheSize());
        if (limits.trustedDocumentsOnly() && trusted.isEmpty()) {
            throw new IllegalStateException("claimgraph.graphql.trusted-documents.only is set but "
                    + "claimgraph.graphql.trusted-documents.location names no documents");
        }
    }

    public static String sha256(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hex SHA-256 of a text's UTF-8 bytes followed by more bytes (the same as of the text joined to their string). */
    static String sha256(String text, byte[] more) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(more));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "sha256:&lt;hex&gt;" (GraphQL-over-HTTP documentId) or a bare hex hash, lower-cased. */
    public static String normalise(String id) {
        String h = id.startsWith("sha256:") ? id.substring(7) : id;
        return h.toLowerCase(Locale.ROOT);
    }

    public boolean trustedOnly() {
        return limits.trustedDocumentsOnly();
    }

    public boolean isTrusted(String hash) {
        return trusted.containsKey(hash);
    }

    /** The document with this hash, trusted or registered; null when unknown. */
    public String lookup(String hash) {
        String doc = trusted.get(hash);
        if (doc != null || limits.trustedDocumentsOnly()) {
            return doc;
        }
        return limits.persistedQueries() ? registered.get(hash) : null;
    }

    public void register(String hash, String document) {
        if (limits.persistedQueries() && !limits.trustedDocumentsOnly()) {
            registered.put(hash, document);
        }
    }

    private static Map<String, String> load(String location) {
        try (InputStream in = open(location); JsonReader reader = Json.createReader(
                new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))) {
            JsonObject manifest = reader.readObject();
            Map<String, String> docs = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> e : manifest.entrySet()) {
                String doc = ((JsonString) e.getValue()).getString();
                String hash = normalise(e.getKey());
                if (!hash.equals(sha256(doc))) {
                    throw new IllegalStateException("Trusted document " + e.getKey() + " in " + location
                            + " does not match its SHA-256 hash " + sha256(doc));
                }
                docs.put(hash, doc);
            }
            LOG.infof("Loaded %d trusted documents from %s", docs.size(), location);
            return Map.copyOf(docs);
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("Cannot read trusted documents from " + location
                    + ": expected a JSON object {\"<sha256 hex>\": \"<document>\"}", e);
        }
    }

    private static InputStream open(String location) throws IOException {
        Path path = Path.of(location);
        if (Files.isRegularFile(path)) {
            return Files.newInputStream(path);
        }
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(location);
        if (in == null) {
            throw new IOException("no file or class-path resource " + location);
        }
        return in;
    }
}
