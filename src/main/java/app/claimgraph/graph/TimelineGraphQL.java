package app.claimgraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import app.claimgraph.db.Sql;
import app.claimgraph.actor.ActorRepository;
import app.claimgraph.claim.Claim;
import app.claimgraph.claim.ClaimRepository;
import app.claimgraph.claim.ClaimStatus;
import app.claimgraph.claim.ClaimType;
import app.claimgraph.api.ApiError;
import app.claimgraph.node.GlobalId;
import app.claimgraph.paging.KeysetQuery;
import app.claimgraph.paging.KeysetQuery.Row;
import app.claimgraph.paging.OrderDirection;
import app.claimgraph.paging.Ordering;
import app.claimgraph.paging.PageArgs;
import app.claimgraph.paging.Pages;
import app.claimgraph.paging.SortColumn;
import app.claimgraph.paging.SortColumn.ValueType;
import app.claimgraph.paging.SqlFilter;
import app.claimgraph.paging.SqlValues;
import app.claimgraph.relationship.Relationship;
import app.claimgraph.relationship.RelationshipRepository;

@GraphQLApi
public class TimelineGraphQL {

    @Inject
    Sql db;
    @Inject
    ClaimRepository claims;
    @Inject
    RelationshipRepository relationships;

    @Query("timeline")
    @NonNull
    @Description("Claims and relationship beginnings and endings in date order (oldest first unless `direction` is DESC), undated items last: everything, or what concerns one actor (as claimant, subject, or either end of a relationship).")
    public TimelineConnection timeline(@Id @Name("actor") @Description("Only items concerning this actor.") String actor,
            @Name("from") @Description("Only items dated on or after this day (undated items are left out).") LocalDate from,
            @Name("to") @Description("Only items dated on or before this day (undated items are left out).") LocalDate to,
            @Name("kinds") @Description("Only items of these kinds (all when omitted).") List<TimelineItemKind> kinds,
            @Name("claimTypes") @Description("Only claims of these types (relationship items are not affected).") List<ClaimType> claimTypes,
            @Name("claimStatuses") @Description("Only claims with these statuses (relationship items are not affected).") List<ClaimStatus> claimStatuses,
            @Name("direction") @Description("ASC: oldest first (the default); DESC: newest first. Undated items come last either way.") OrderDirection direction,
            @Name("first") @Description("Page size when paging forward (0–100, default 20).") Integer first,
            @Name("after") @Description("Return the items after this cursor.") String after,
            @Name("last") @Description("Page size when paging backward (0–100).") Integer last,
            @Name("before") @Description("Return the items before this cursor.") String before) throws ApiError {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiError.badArgument("to", "'to' (" + to + ") is before 'from' (" + from + "): swap them.");
        }
        SqlFilter where = new SqlFilter();
        String claimCond = "1 = 1";
        String relCond = "1 = 1";
        if (actor != null) {
            String key = GlobalId.decodeKey(actor, GlobalId.ACTOR, "actor");
            String a = ActorRepository.actorIdSql(where, key);
            claimCond = "(c.claimant_id = " + a + " OR EXISTS (SELECT 1 FROM claim_subject s WHERE s.claim_id = c.id AND s.actor_id = " + a + "))";
            relCond = "(r.source_id = " + a + " OR r.target_id = " + a + ")";
        }
        if (claimTypes != null && claimTypes.stream().anyMatch(Objects::nonNull)) {
            claimCond += " AND c.claim_type IN (" + where.bind(claimTypes.stream().filter(Objects::nonNull).map(Enum::name).toList()) + ")";
        }
        if (claimStatuses != null && claimStatuses.stream().anyMatch(Objects::nonNull)) {
            claimCond += " AND c.status IN (" + where.bind(claimStatuses.stream().filter(Objects::nonNull).map(Enum::name).toList()) + ")";
        }
        boolean all = kinds == null || kinds.stream().noneMatch(Objects::nonNull);
        List<String> parts = new ArrayList<>();
        if (all || kinds.contains(TimelineItemKind.CLAIM)) {
            parts.add("SELECT 'C' AS kind, c.id AS item_id, c.stated_on AS d FROM claim c WHERE " + claimCond);
        }
        if (all || kinds.contains(TimelineItemKind.RELATIONSHIP_STARTED)) {
            parts.add("SELECT 'S' AS kind, r.id AS item_id, r.since AS d FROM relationship r WHERE r.since IS NOT NULL AND " + relCond);
        }
        if (all || kinds.contains(TimelineItemKind.RELATIONSHIP_ENDED)) {
            parts.add("SELECT 'E' AS kind, r.id AS item_id, r.until AS d FROM relationship r WHERE r.until IS NOT NULL AND " + relCond);
        }
        String items = "(" + String.join(" UNION ALL ", parts) + ") t";
        if (from != null) {
            where.and("t.d >= " + where.bind(from));
        }
        if (to != null) {
            where.and("t.d <= " + where.bind(to));
        }
        boolean newestFirst = direction == OrderDirection.DESC;
        List<SortColumn> cols = new ArrayList<>(List.of(SortColumn.nullsLast("t.d", ValueType.DATE, "DATE '0001-01-01'", newestFirst)));
        cols.add(new SortColumn("t.kind", ValueType.STRING, newestFirst));
        cols.add(new SortColumn("t.item_id", ValueType.LONG, newestFirst));
        KeysetQuery query = new KeysetQuery(items, null, where, new Ordering(newestFirst ? "timeline.DESC" : "timeline", cols));
        PageArgs page = PageArgs.of(first, after, last, before, query.ordering());
        List<Row> rows = query.page(db, page);
        List<Long> claimIds = new ArrayList<>();
        List<Long> relIds = new ArrayList<>();
        for (Row r : rows) {
            ("C".equals(r.values()[2]) ? claimIds : relIds).add(r.id());
        }
        Map<Long, Claim> c = claims.claimsByIds(claimIds);
        Map<Long, Relationship> rel = relationships.relationshipsByIds(relIds);
        Map<Row, TimelineItem> itemsByRow = new IdentityHashMap<>();
        for (Row r : rows) {
            LocalDate date = ((Number) r.values()[0]).intValue() == 1 ? null : SqlValues.toLocalDate(r.values()[1]);
            TimelineItem item = switch ((String) r.values()[2]) {
                case "C" -> c.containsKey(r.id()) ? new TimelineItem(date, TimelineItemKind.CLAIM, c.get(r.id()), null) : null;
                case "S" -> rel.containsKey(r.id()) ? new TimelineItem(date, TimelineItemKind.RELATIONSHIP_STARTED, null, rel.get(r.id())) : null;
                default -> rel.containsKey(r.id()) ? new TimelineItem(date, TimelineItemKind.RELATIONSHIP_ENDED, null, rel.get(r.id())) : null;
            };
            if (item != null) {
                itemsByRow.put(r, item);
            }
        }
        return Pages.assembleRows(rows, page, query, null, itemsByRow::get, TimelineEdge::new, TimelineConnection::new);
    }

    @NonNull
    @Description("Number of items in the whole timeline, all pages together.")
    public List<Integer> totalCount(@Source List<TimelineConnection> connections) {
        return Pages.totalCounts(db, connections);
    }
}
