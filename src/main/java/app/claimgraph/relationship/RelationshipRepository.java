package app.claimgraph.relationship;

import java.time.LocalDate;
import app.claimgraph.db.Dialect;
import app.claimgraph.db.Sql;
import java.sql.SQLException;
import java.sql.ResultSet;
import app.claimgraph.node.NodeLoader;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import app.claimgraph.actor.ActorRepository;
import app.claimgraph.api.ApiError;
import app.claimgraph.paging.IdChunks;
import app.claimgraph.node.GlobalId;
import app.claimgraph.paging.KeysetQuery;
import app.claimgraph.paging.OrderDirection;
import app.claimgraph.paging.Ordering;
import app.claimgraph.paging.SortColumn;
import app.claimgraph.paging.SortColumn.ValueType;
import app.claimgraph.paging.SqlFilter;
import app.claimgraph.paging.TableRows;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class RelationshipRepository implements PanacheRepository<RelationshipEntity> {

    /** Relationships of many actors at either end; the parent filter is pushed into both halves. */
    private static final String EITHER_END = "(SELECT r0.*, r0.source_id AS pid FROM relationship r0"
            + " WHERE r0.source_id IN (:parents)"
            + " UNION ALL SELECT r1.*, r1.target_id AS pid FROM relationship r1"
            + " WHERE r1.target_id IN (:parents) AND r1.target_id <> r1.source_id) r";

    /** Relationships as the read side serves them: every column of the table. */
    static final TableRows<Relationship> ROWS = new TableRows<>("relationship", List.of("id", "rel_key", "source_id",
            "target_id", "rel_type", "status", "since", "until", "description"), RelationshipRepository::relationship);

    @Inject
    Sql db;

    public Optional<RelationshipEntity> byKey(String key) {
        return find("key", key).firstResultOptional();
    }

    // The two ends' columns, beside the relationship's in one row (no column of relationship starts with "src_" or "tgt_").
    private static final ActorRepository.Labels SOURCE = ActorRepository.Labels.prefixed("src_");
    private static final ActorRepository.Labels TARGET = ActorRepository.Labels.prefixed("tgt_");

    /**
     * The select list that reads relationship {@code r} with the ends asked for: clients that show a
     * relationship nearly always show whom it links, and each end is a primary-key lookup, so `source`
     * and `target` then cost no further round trip.
     */
    private static String selectWithEnds(boolean source, boolean target) {
        return ROWS.select("r") + (source ? ", " + SOURCE.select("s") : "") + (target ? ", " + TARGET.select("t") : "");
    }

    private static String joinEnds(boolean source, boolean target) {
        return (source ? Dialect.joinById("actor", "s", "r.source_id") : "")
                + (target ? Dialect.joinById("actor", "t", "r.target_id") : "");
    }

    private static Relationship withEnds(ResultSet rs, boolean source, boolean target) throws SQLException {
        Relationship r = relationship(rs);
        r.endsRead(source ? ActorRepository.actor(rs, SOURCE) : null, target ? ActorRepository.actor(rs, TARGET) : null);
        return r;
    }

    /** The relationships with these row ids, each with its two ends; an id that matches nothing is absent. */
    public Map<Long, Relationship> relationshipsByIds(Collection<Long> ids) {
        return IdChunks.byKey(db, "SELECT " + selectWithEnds(true, true) + " FROM relationship r" + joinEnds(true, true)
                + " WHERE r.id IN (:ids)", ids, rs -> withEnds(rs, true, true), Relationship::rowId);
    }

    /** Relationship ids each claim is evidence for. */
    public Map<Long, List<Long>> supportedBy(Collection<Long> claimIds) {
        return IdChunks.grouped(db, "SELECT claim_id, relationship_id FROM relationship_evidence"
                + " WHERE claim_id IN (:ids) ORDER BY claim_id, relationship_id", claimIds, Map.of());
    }

    /**
     * The relationships each claim is evidence for, ordered by relationship id: one statement per chunk of
     * claims. Each end is read with them when {@code source} / {@code target} say so (an end not read is
     * read by id if asked after all): the ends nobody asks for cost a join per row, a quarter of the
     * statement's time on PostgreSQL for the nested actor page, which asks for the target only.
     */
    public Map<Long, List<Relationship>> supportedRelationships(Collection<Long> claimIds, boolean source, boolean target) {
        return IdChunks.linkedRows(db, "SELECT re.claim_id AS link_owner, " + selectWithEnds(source, target)
                + " FROM relationship_evidence re" + Dialect.joinById("relationship", "r", "re.relationship_id")
                + joinEnds(source, target) + " WHERE re.claim_id IN (:ids) ORDER BY re.claim_id, re.relationship_id",
                claimIds, rs -> withEnds(rs, source, target));
    }

    /** A top-level list; {@code filter.actor} with {@code filter.direction} selects the end. */
    public KeysetQuery query(RelationshipFilter filter, RelationshipOrder order) throws ApiError {
        SqlFilter where = conditions(filter);
        if (filter != null && filter.actor != null) {
            String key = GlobalId.decodeKey(filter.actor, GlobalId.ACTOR, "filter.actor");
            String actor = ActorRepository.actorIdSql(where, key);
            RelationshipDirection dir = filter.direction == null ? RelationshipDirection.ANY : filter.direction;
            where.and(switch (dir) {
                case OUTGOING -> "r.source_id = " + actor;
                case INCOMING -> "r.target_id = " + actor;
                case ANY -> "(r.source_id = " + actor + " OR r.target_id = " + actor + ")";
            });
        }
        return new KeysetQuery("relationship r", null, where, ordering(order));
    }

    /** The relationships of many actors at the given end, for {@code Actor.relationships}. */
    public KeysetQuery ofActors(RelationshipDirection direction, List<RelationshipType> types,
            List<RelationshipStatus> statuses, RelationshipOrder order) throws ApiError {
        RelationshipFilter filter = new RelationshipFilter();
        // list arguments may hold nulls (SmallRye cannot declare [T!] for an argument): nulls are ignored
        filter.types = types == null ? null : types.stream().filter(t -> t != null).toList();
        filter.statuses = statuses == null ? null : statuses.stream().filter(t -> t != null).toList();
        SqlFilter where = conditions(filter);
        RelationshipDirection dir = direction == null ? RelationshipDirection.ANY : direction;
        return switch (dir) {
            case OUTGOING -> new KeysetQuery("relationship r", "r.source_id", where, ordering(order));
            case INCOMING -> new KeysetQuery("relationship r", "r.target_id", where, ordering(order));
            case ANY -> new KeysetQuery(EITHER_END, "r.pid", where, ordering(order));
        };
    }

    private static SqlFilter conditions(RelationshipFilter filter) throws ApiError {
        SqlFilter where = new SqlFilter();
        if (filter == null) {
            return where;
        }
        if (filter.types != null && !filter.types.isEmpty()) {
            where.and("r.rel_type IN (" + where.bind(filter.types.stream().map(Enum::name).toList()) + ")");
        }
        if (filter.statuses != null && !filter.statuses.isEmpty()) {
            where.and("r.status IN (" + where.bind(filter.statuses.stream().map(Enum::name).toList()) + ")");
        }
        if (filter.activeOn != null) {
            String d = where.bind(filter.activeOn);
            where.and("(r.since IS NULL OR r.since <= " + d + ") AND (r.until IS NULL OR r.until >= " + d + ")");
        }
        if (filter.sinceFrom != null && filter.sinceTo != null && filter.sinceFrom.isAfter(filter.sinceTo)) {
            throw ApiError.badArgument("filter.sinceTo", "'filter.sinceTo' (" + filter.sinceTo
                    + ") is before 'filter.sinceFrom' (" + filter.sinceFrom + "): swap them.");
        }
        if (filter.sinceFrom != null) {
            where.and("r.since >= " + where.bind(filter.sinceFrom));
        }
        if (filter.sinceTo != null) {
            where.and("r.since <= " + where.bind(filter.sinceTo));
        }
        return where;
    }

    static Ordering ordering(RelationshipOrder order) {
        RelationshipOrderField field = order == null || order.field == null ? RelationshipOrderField.TYPE : order.field;
        boolean desc = order != null && order.direction == OrderDirection.DESC;
        return switch (field) {
            case TYPE -> Ordering.of("relationships.TYPE", "r.id", desc, new SortColumn("r.rel_type", ValueType.STRING, desc));
            case SINCE -> Ordering.of("relationships.SINCE", "r.id", desc,
                    SortColumn.nullsLast("r.since", ValueType.DATE, "DATE '0001-01-01'", desc));
        };
    }

    /** The relationships with these natural keys, by key (read side); a key that matches nothing is absent. */
    public Map<String, Relationship> relationshipsByKeys(Collection<String> keys) {
        return IdChunks.byColumn(db, ROWS, "rel_key", keys, Relationship::key);
    }

    /** {@code node(id:)} for this type: one query for any number of keys. */
    @Produces
    NodeLoader nodes() {
        return new NodeLoader(GlobalId.RELATIONSHIP, this::relationshipsByKeys);
    }

    /** A relationship as the read side serves it, from a row holding {@link #ROWS}' columns under their own names. */
    static Relationship relationship(ResultSet rs) throws SQLException {
        return new Relationship(rs.getLong("id"), rs.getString("rel_key"), rs.getLong("source_id"), rs.getLong("target_id"),
                Sql.getEnum(rs, "rel_type", RelationshipType.class), Sql.getEnum(rs, "status", RelationshipStatus.class),
                rs.getObject("since", LocalDate.class), rs.getObject("until", LocalDate.class), rs.getString("description"));
    }
}
