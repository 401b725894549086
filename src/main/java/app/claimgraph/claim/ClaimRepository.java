package app.claimgraph.claim;

import app.claimgraph.db.Dialect;
import app.claimgraph.db.Sql;
import app.claimgraph.node.NodeLoader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import app.claimgraph.actor.Actor;
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
import app.claimgraph.api.Text;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ClaimRepository implements PanacheRepository<ClaimEntity> {

    @Inject
    Sql db;

    /** Whose list of claims a nested connection is. */
    public enum Parent {
        CLAIMANT("claim c", "c.claimant_id", SortKeys.CLAIM),
        SUBJECT("claim_subject cs JOIN claim c ON c.id = cs.claim_id", "cs.actor_id", SortKeys.copiesIn("cs")),
        REPORTER("claim c JOIN claim_reporter cr ON cr.claim_id = c.id", "cr.actor_id", SortKeys.CLAIM),
        DOCUMENT("claim c", "c.document_id", SortKeys.CLAIM);

        final String from;
        final String parentExpr;
        /** Where the list reads its sort keys. */
        final SortKeys keys;

        Parent(String from, String parentExpr, SortKeys keys) {
            this.from = from;
            this.parentExpr = parentExpr;
            this.keys = keys;
        }
    }

    /** The claim's date with undated claims last: whether it is undated (1 or 0), then its date or 0001-01-01. */
    private static final SortColumn[] BY_DATE = SortColumn.nullsLast("c.stated_on", ValueType.DATE, "DATE '0001-01-01'", false);

    /**
     * Inserts one subject of a stored claim, with the claim's sort keys copied from its row (see
     * {@link SortKeys#copiesIn}), so the claim is written first. Parameters: {@code :c} the claim's id,
     * {@code :p} the subject's position; the actor's id is {@code actorExpr}.
     */
    public static String insertSubjectSql(String actorExpr) {
        return "INSERT INTO claim_subject (claim_id, actor_id, position, document_id, claim_position, undated, stated_key)"
                + " SELECT c.id, " + actorExpr + ", :p, c.document_id, c.position, "
                + BY_DATE[0].expression() + ", " + BY_DATE[1].expression() + " FROM claim c WHERE c.id = :c";
    }

    public Optional<ClaimEntity> byKey(String key) {
        return find("key", key).firstResultOptional();
    }

    /** The claims with these row ids, each with its claimant's row; an id that matches nothing is absent. */
    public Map<Long, Claim> claimsByIds(Collection<Long> ids) {
        return withClaimants("id", ids, Claim::rowId);
    }

    // The claimant's columns, beside the claim's in one row (no column of claim starts with "cl_").
    private static final ActorRepository.Labels CLAIMANT = ActorRepository.Labels.prefixed("cl_");

    /**
     * Claims looked up by a unique column, read with their claimant in the same statement: a client that
     * opens a claim by id nearly always shows who made it, and the claimant is a primary-key lookup, so
     * `claimant` then costs no second round trip.
     */
    private <K> Map<K, Claim> withClaimants(String column, Collection<K> keys, Function<Claim, K> key) {
        String sql = "SELECT " + ClaimRows.ROWS.select("c") + ", " + CLAIMANT.select("a") + " FROM claim c"
                + Dialect.leftJoinById("actor", "a", "c.claimant_id") + " WHERE c." + column + " IN (:ids)";
        return IdChunks.byKey(db, sql, keys, rs -> {
            Claim claim = ClaimRows.claim(rs);
            claim.claimantRead(ActorRepository.actor(rs, CLAIMANT));
            return claim;
        }, key);
    }

    /** Actor ids linked to each claim through a link table, in stored order. */
    public Map<Long, List<Long>> linkedActors(String table, Collection<Long> claimIds) {
        if (!table.equals("claim_subject") && !table.equals("claim_reporter")) {
            throw new IllegalArgumentException(table);
        }
        return IdChunks.grouped(db, "SELECT claim_id, actor_id FROM " + table
                + " WHERE claim_id IN (:ids) ORDER BY claim_id, position", claimIds, Map.of());
    }

    /** The actors linked to each claim through a link table, in stored order: one statement per chunk of claims. */
    public Map<Long, List<Actor>> linkedActorRows(String table, Collection<Long> claimIds) {
        if (!table.equals("claim_subject") && !table.equals("claim_reporter")) {
            throw new IllegalArgumentException(table);
        }
        return IdChunks.linkedRows(db, "SELECT l.claim_id AS link_owner, " + ActorRepository.ROWS.select("a") + " FROM " + table + " l"
                + Dialect.joinById("actor", "a", "l.actor_id") + " WHERE l.claim_id IN (:ids) ORDER BY l.claim_id, l.position",
                claimIds, ActorRepository::actor);
    }

    /** Claims linked to each claim, outgoing ({@code from → to}) or incoming. */
    public Map<Long, List<Long>> links(Collection<Long> claimIds, ClaimLinkType type, boolean incoming) {
        String mine = incoming ? "to_claim_id" : "from_claim_id";
        String other = incoming ? "from_claim_id" : "to_claim_id";
        return IdChunks.grouped(db, "SELECT " + mine + ", " + other + " FROM claim_link WHERE " + mine
                + " IN (:ids) AND link_type = :t ORDER BY " + mine + ", " + other, claimIds, Map.of("t", type.name()));
    }

    /** The folded text of claims, as filters compare it. */
    public Map<Long, String> foldedTexts(Collection<Long> claimIds) {
        Map<Long, String> result = new HashMap<>();
        for (Object[] r : IdChunks.rows(db, "SELECT id, text_norm FROM claim WHERE id IN (:ids)", claimIds,
                Map.of())) {
            result.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return result;
    }

    public Map<Long, List<TextSpan>> evidence(Collection<Long> claimIds) {
        Map<Long, List<TextSpan>> result = new LinkedHashMap<>();
        for (Object[] r : IdChunks.rows(db, "SELECT claim_id, start_offset, end_offset, span_text"
                + " FROM evidence_span WHERE claim_id IN (:ids) ORDER BY claim_id, position", claimIds, Map.of())) {
            result.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new TextSpan(((Number) r[1]).intValue(), ((Number) r[2]).intValue(), (String) r[3]));
        }
        return result;
    }

    /** Claims ids supporting each relationship, in stored order. */
    public Map<Long, List<Long>> evidenceOfRelationships(Collection<Long> relationshipIds) {
        return IdChunks.grouped(db, "SELECT relationship_id, claim_id FROM relationship_evidence"
                + " WHERE relationship_id IN (:ids) ORDER BY relationship_id, position", relationshipIds, Map.of());
    }

    public KeysetQuery query(ClaimFilter filter, ClaimOrder order, Parent parent) throws ApiError {
        SqlFilter where = new SqlFilter();
        // a top-level list of one subject's claims is read from claim_subject (fs), in the order of its copies
        boolean ofOneSubject = parent == null && filter != null && filter.subject != null;
        if (filter != null) {
            if (filter.claimant != null) {
                where.and("c.claimant_id = " + actorIdOf(where, filter.claimant, "filter.claimant"));
            }
            if (ofOneSubject) {
                where.and("fs.actor_id = " + actorIdOf(where, filter.subject, "filter.subject"));
            } else if (filter.subject != null) {
                where.and("EXISTS (SELECT 1 FROM claim_subject fs WHERE fs.claim_id = c.id AND fs.actor_id = "
                        + actorIdOf(where, filter.subject, "filter.subject") + ")");
            }
            if (filter.reporter != null) {
                where.and("EXISTS (SELECT 1 FROM claim_reporter fr WHERE fr.claim_id = c.id AND fr.actor_id = "
                        + actorIdOf(where, filter.reporter, "filter.reporter") + ")");
            }
            if (filter.types != null && !filter.types.isEmpty()) {
                where.and("c.claim_type IN (" + where.bind(filter.types.stream().map(Enum::name).toList()) + ")");
            }
            if (filter.statuses != null && !filter.statuses.isEmpty()) {
                where.and("c.status IN (" + where.bind(filter.statuses.stream().map(Enum::name).toList()) + ")");
            }
            if (filter.statedFrom != null && filter.statedTo != null && filter.statedFrom.isAfter(filter.statedTo)) {
                throw ApiError.badArgument("filter.statedTo", "'filter.statedTo' (" + filter.statedTo
                        + ") is before 'filter.statedFrom' (" + filter.statedFrom + "): swap them.");
            }
            if (filter.statedFrom != null) {
                where.and("c.stated_on >= " + where.bind(filter.statedFrom));
            }
            if (filter.statedTo != null) {
                where.and("c.stated_on <= " + where.bind(filter.statedTo));
            }
            if (filter.document != null) {
                String key = GlobalId.decodeKey(filter.document, GlobalId.DOCUMENT, "filter.document");
                where.and("c.document_id = (SELECT d.id FROM document d WHERE d.doc_key = " + where.bind(key) + ")");
            }
            if (filter.text != null && !filter.text.isBlank()) {
                where.and("c.text_norm LIKE " + where.bind(Text.containsPattern(filter.text)) + " ESCAPE '\\'");
            }
        }
        if (parent != null) {
            // each Parent's FROM names the claim c: a nested page reads its claims' columns in place
            return new KeysetQuery(parent.from, parent.parentExpr, where, ordering(order, parent.keys), "c");
        }
        if (ofOneSubject) {
            return new KeysetQuery("claim_subject fs JOIN claim c ON c.id = fs.claim_id", null, where,
                    ordering(order, SortKeys.copiesIn("fs")).pinnedBy("fs.actor_id"));
        }
        return new KeysetQuery("claim c", null, where, ordering(order, SortKeys.CLAIM));
    }

    private static String actorIdOf(SqlFilter where, String id, String argument) throws ApiError {
        String key = GlobalId.decodeKey(id, GlobalId.ACTOR, argument);
        return ActorRepository.actorIdSql(where, key);
    }

    /** Where a list of claims reads its sort keys: the claim's columns, or their copies in claim_subject. */
    private record SortKeys(String documentId, String position, String id, String undated, String statedKey) {

        static final SortKeys CLAIM = new SortKeys("c.document_id", "c.position", "c.id", BY_DATE[0].expression(),
                BY_DATE[1].expression());

        /**
         * The copies of the claim's sort keys that claim_subject holds (V6): for each order, one index gives a
         * subject's claims a page at a time, where the claim's own columns made the database read all of a
         * subject's claims (62,782 for the biggest actor of the 1M benchmark graph) and sort them. They hold the
         * values of the claim's columns, so cursors pass between the two.
         */
        static SortKeys copiesIn(String subject) {
            return new SortKeys(subject + ".document_id", subject + ".claim_position", subject + ".claim_id",
                    subject + ".undated", subject + ".stated_key");
        }
    }

    private static Ordering ordering(ClaimOrder order, SortKeys keys) {
        ClaimOrderField field = order == null || order.field == null ? ClaimOrderField.DOCUMENT_ORDER : order.field;
        boolean desc = order != null && order.direction == OrderDirection.DESC;
        return switch (field) {
            case DOCUMENT_ORDER -> Ordering.of("claims.DOCUMENT_ORDER", keys.id, desc,
                    new SortColumn(keys.documentId, ValueType.LONG, desc),
                    new SortColumn(keys.position, ValueType.INT, desc));
            // undated claims last in both directions (BY_DATE's two columns); ties by document and position,
            // which a transfer keeps (V7), not by the row id alone
            case STATED_ON -> Ordering.of("claims.STATED_ON", keys.id, desc,
                    new SortColumn(keys.undated, ValueType.INT, false),
                    new SortColumn(keys.statedKey, ValueType.DATE, desc),
                    new SortColumn(keys.documentId, ValueType.LONG, desc),
                    new SortColumn(keys.position, ValueType.INT, desc));
        };
    }

    /** The claims with these natural keys, by key (read side); a key that matches nothing is absent. */
    public Map<String, Claim> claimsByKeys(Collection<String> keys) {
        return withClaimants("claim_key", keys, Claim::key);
    }

    /** {@code node(id:)} for this type: one query for any number of keys. */
    @Produces
    NodeLoader nodes() {
        return new NodeLoader(GlobalId.CLAIM, this::claimsByKeys);
    }
}
