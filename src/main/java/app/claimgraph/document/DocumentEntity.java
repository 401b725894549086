package app.claimgraph.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of {@code document}: a source text and its metadata. */
@Entity
@Table(name = "document")
public class DocumentEntity extends PanacheEntityBase {

    /**
     * The document's own fields, each with its name in the API and its column: what ingestion copies from
     * the input and validates, what the read side, the export and the import carry. A field added to the
     * entity goes here too (and in a migration, {@code DocumentInput} and {@code Document}); nothing else names it.
     */
    public static final List<DocumentField> FIELDS = List.of(
            DocumentField.text("title", "title", true, 1_000, (e, v) -> e.title = v),
            DocumentField.text("url", "url", false, 2_000, (e, v) -> e.url = v),
            DocumentField.date("publishedOn", "published_on", (e, v) -> e.publishedOn = v),
            DocumentField.text("language", "language", false, 35, (e, v) -> e.language = v));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "doc_key", nullable = false, unique = true)
    public String key;

    public String url;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    /** The version of {@code ContentHash} that computed {@link #contentHash} (1: before 2026-12-05). */
    @Column(name = "hash_version", nullable = false)
    public int hashVersion = 2;

    @Column(nullable = false)
    public String title;

    @Column(name = "publisher_id")
    public Long publisherId;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    public String language;

    @Column(nullable = false)
    public String body;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
