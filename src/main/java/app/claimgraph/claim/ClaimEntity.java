package app.claimgraph.claim;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of {@code claim}. Subjects, reporters and evidence spans live in their own tables. */
@Entity
@Table(name = "claim")
public class ClaimEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_key", nullable = false, unique = true)
    public String key;

    @Column(name = "document_id", nullable = false)
    public Long documentId;

    /** The claim's key inside its document, as given by the ingested dataset. */
    @Column(nullable = false)
    public String ref;

    /** Offset of the first evidence span: reading order within the document. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String text;

    @Column(name = "text_norm", nullable = false)
    public String textNorm;

    public String quote;

    @Enumerated(EnumType.STRING)
    @Column(name = "claim_type", nullable = false)
    public ClaimType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClaimStatus status;

    @Column(name = "claimant_id")
    public Long claimantId;

    @Column(name = "stated_on")
    public LocalDate statedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    public DatePrecision datePrecision;

    @Column(name = "date_note")
    public String dateNote;

    public Double confidence;
}
