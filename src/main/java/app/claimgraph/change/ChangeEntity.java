package app.claimgraph.change;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of {@code change_log}: who changed which object, when, from what to what. */
@Entity
@Table(name = "change_log")
public class ChangeEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_key", nullable = false)
    public String entityKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeAction action;

    @Column(name = "before_json")
    public String before;

    @Column(name = "after_json")
    public String after;

    public String note;
}
