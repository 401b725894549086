package app.claimgraph.relationship;

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

/** A row of {@code relationship}: one typed, directed edge per (source, target, type). */
@Entity
@Table(name = "relationship")
public class RelationshipEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "rel_key", nullable = false, unique = true)
    public String key;

    @Column(name = "source_id", nullable = false)
    public Long sourceId;

    @Column(name = "target_id", nullable = false)
    public Long targetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rel_type", nullable = false)
    public RelationshipType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RelationshipStatus status;

    public LocalDate since;

    public LocalDate until;

    public String description;
}
