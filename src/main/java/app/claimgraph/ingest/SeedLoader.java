package app.claimgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Loads the shipped dataset ({@code src/main/resources/seed/}) at start-up through the
 * {@link IngestService}, the same path as any ingestion: an already stored document is left as is,
 * so a restart adds nothing. A dataset that does not validate stops the start with its problems.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    static final String INDEX = "seed/index.json";

    /**
     * One entry of {@code seed/index.json}: the dataset JSON, the text file it annotates, and the
     * document's key and content hash as the ingest computes them (SeedIndexTest keeps them true), so
     * that a restart recognises a stored, unchanged seed with one query instead of reading it.
     */
    @RegisterForReflection
    public static class Entry {
        public String data;
        public String text;
        public String key;
        public String contentHash;
    }

    @Inject
    IngestService ingest;
    @Inject
    ObjectMapper json;
    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "claimgraph.seed.enabled", defaultValue = "true")
    boolean enabled;

    void onStart(@Observes StartupEvent event) throws IOException {
        if (!enabled) {
            return;
        }
        for (Entry entry : entries()) {
            if (storedUnchanged(entry)) {
                LOG.infof("Seed %s: %s (0 actors created, 0 claims created)", entry.data, IngestResult.Outcome.UNCHANGED);
                continue;
            }
            DocumentInput input = read(entry);
            try {
                IngestResult result = ingest.ingest(input, "seed");
                LOG.infof("Seed %s: %s (%d actors created, %d claims created)", entry.data, result.outcome(),
                        result.actorsCreated().size(), result.claimsCreated().size());
            } catch (InputRejected e) {
                throw new IllegalStateException("Seed dataset " + entry.data + " is invalid: " + e.getMessage(), e);
            }
        }
    }

    List<Entry> entries() throws IOException {
        return json.readerForListOf(Entry.class).readValue(resource(INDEX));
    }

    /** True when the document is stored with the content hash the index gives: nothing to read or write. */
    private boolean storedUnchanged(Entry entry) {
        if (entry.key == null || entry.contentHash == null) {
            return false;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT content_hash FROM document WHERE doc_key = ?")) {
            s.setString(1, entry.key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && entry.contentHash.equals(r.getString(1));
            }
        } catch (SQLException e) {
            return false; // the ingest path below reads it again and reports a real problem
        }
    }

    /** The dataset with its text taken from the verbatim copy of the document. */
    DocumentInput read(Entry entry) throws IOException {
        DocumentInput input = json.readerFor(DocumentInput.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(resource("seed/" + entry.data));
        if (input.text != null) {
            throw new IllegalStateException("Seed dataset " + entry.data + " must not inline the text; it is read from "
                    + entry.text);
        }
        input.text = new String(resource("seed/" + entry.text), StandardCharsets.UTF_8);
        return input;
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing resource " + path);
            }
            return in.readAllBytes();
        }
    }
}
