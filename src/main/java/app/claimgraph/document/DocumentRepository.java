package app.claimgraph.document;

import java.time.OffsetDateTime;
import app.claimgraph.db.Sql;
import java.sql.SQLException;
import java.sql.ResultSet;
import app.claimgraph.node.NodeLoader;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.inject.Inject;

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
import app.claimgraph.api.Text;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class DocumentRepository implements PanacheRepository<DocumentEntity> {

    @Inject
    Sql db;

    public Optional<DocumentEntity> byKey(String key) {
        return find("key", key).firstResultOptional();
    }

    public Map<Long, Document> documentsByIds(Collection<Long> ids) {
        return IdChunks.byColumn(db, ROWS, "id", ids, Document::rowId);
    }

    public KeysetQuery query(DocumentFilter filter, DocumentOrder order) throws ApiError {
        SqlFilter where = new SqlFilter();
        if (filter != null) {
            if (filter.publisher != null) {
                String key = GlobalId.decodeKey(filter.publisher, GlobalId.ACTOR, "filter.publisher");
                where.and("d.publisher_id = " + ActorRepository.actorIdSql(where, key));
            }
            if (filter.language != null) {
                where.and("d.language = " + where.bind(filter.language));
            }
            if (filter.publishedFrom != null && filter.publishedTo != null
                    && filter.publishedFrom.isAfter(filter.publishedTo)) {
                throw ApiError.badArgument("filter.publishedTo", "'filter.publishedTo' (" + filter.publishedTo
                        + ") is before 'filter.publishedFrom' (" + filter.publishedFrom + "): swap them.");
            }
            if (filter.publishedFrom != null) {
                where.and("d.published_on >= " + where.bind(filter.publishedFrom));
            }
            if (filter.publishedTo != null) {
                where.and("d.published_on <= " + where.bind(filter.publishedTo));
            }
            if (filter.title != null && !filter.title.isBlank()) {
                // titles are short: folding them in SQL is fine (LOWER behaves alike on both engines for this)
                where.and("LOWER(d.title) LIKE " + where.bind(Text.containsPattern(filter.title)) + " ESCAPE '\\'");
            }
        }
        return new KeysetQuery("document d", null, where, ordering(order));
    }

    static Ordering ordering(DocumentOrder order) {
        DocumentOrderField field = order == null || order.field == null ? DocumentOrderField.INGESTED : order.field;
        boolean desc = order != null && order.direction == OrderDirection.DESC;
        return switch (field) {
            case INGESTED -> Ordering.of("documents.INGESTED", "d.id", desc);
            case PUBLISHED_ON -> Ordering.of("documents.PUBLISHED_ON", "d.id", desc,
                    SortColumn.nullsLast("d.published_on", ValueType.DATE, "DATE '0001-01-01'", desc));
        };
    }

    /** The documents with these natural keys, by key (read side); a key that matches nothing is absent. */
    public Map<String, Document> documentsByKeys(Collection<String> keys) {
        return IdChunks.byColumn(db, ROWS, "doc_key", keys, Document::key);
    }

    /** {@code node(id:)} for this type: one query for any number of keys. */
    @Produces
    NodeLoader nodes() {
        return new NodeLoader(GlobalId.DOCUMENT, this::documentsByKeys);
    }

    /** Documents as the read side serves them: every column of the table. */
    static final TableRows<Document> ROWS = new TableRows<>("document", Stream.of(Stream.of("id", "doc_key"),
            DocumentEntity.FIELDS.stream().map(DocumentField::column),
            Stream.of("content_hash", "publisher_id", "body", "created_at", "updated_at")).flatMap(s -> s).toList(),
            rs -> Document.from(row(rs)));

    /** A row of {@code document} holding {@link #ROWS}' columns, for the read side (not managed by any session). */
    static DocumentEntity row(ResultSet rs) throws SQLException {
        DocumentEntity e = new DocumentEntity();
        e.id = rs.getLong("id");
        e.key = rs.getString("doc_key");
        for (DocumentField f : DocumentEntity.FIELDS) {
            f.set().accept(e, f.read(rs));
        }
        e.contentHash = rs.getString("content_hash");
        e.publisherId = Sql.getLong(rs, "publisher_id");
        e.body = rs.getString("body");
        e.createdAt = rs.getObject("created_at", OffsetDateTime.class);
        e.updatedAt = rs.getObject("updated_at", OffsetDateTime.class);
        return e;
    }
}
