package app.claimgraph.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;

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
