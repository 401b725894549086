package app.claimgraph.actor;

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

/** A row of {@code actor}. References to other rows are plain ids: loading is always explicit and batched. */
@Entity
@Table(name = "actor")
public class ActorEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "actor_key", nullable = false, unique = true)
    public String key;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_norm", nullable = false)
    public String nameNorm;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActorKind kind;

    @Column(name = "country_code")
    public String countryCode;

    public String description;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
