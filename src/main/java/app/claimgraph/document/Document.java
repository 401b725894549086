package app.claimgraph.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.node.GlobalId;
import app.claimgraph.node.Node;

@Type("Document")
@Description("A source text (a news report) in which claims appear. Evidence spans index into `text`.")
public class Document implements Node {

    private final long rowId;
    private final String key;
    private final String title;
    private final String url;
    private final LocalDate publishedOn;
    private final String language;
    private final String text;
    private final Long publisherId;
    private final OffsetDateTime ingestedAt;
    private final OffsetDateTime updatedAt;

    private Document(DocumentEntity e) {
        this.rowId = e.id;
        this.key = e.key;
        this.title = e.title;
        this.url = e.url;
        this.publishedOn = e.publishedOn;
        this.language = e.language;
        this.text = e.body;
        this.publisherId = e.publisherId;
        this.ingestedAt = utc(e.createdAt);
        this.updatedAt = utc(e.updatedAt);
    }

    public static Document from(DocumentEntity e) {
        return new Document(e);
    }

    /** The document's natural key (not exposed: {@link #getId} encodes it). */
    String key() {
        return key;
    }

    @Override
    @Id
    @NonNull
    @Description("Global, opaque, stable ID of this document.")
    public String getId() {
        return GlobalId.encode(GlobalId.DOCUMENT, key);
    }

    @NonNull
    @Description("Headline or title.")
    public String getTitle() {
        return title;
    }

    @Description("Where the document was published, if known.")
    public String getUrl() {
        return url;
    }

    @Description("Publication date; null when unknown (never guessed).")
    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    @Description("BCP 47 language tag of the text, e.g. \"en\".")
    public String getLanguage() {
        return language;
    }

    @NonNull
    @Description("The full text, exactly as ingested. TextSpan offsets are UTF-16 code units into it.")
    public String getText() {
        return text;
    }

    @NonNull
    @Description("When the document was first stored (UTC).")
    public OffsetDateTime getIngestedAt() {
        return ingestedAt;
    }

    @NonNull
    @Description("When a changed version of the document last replaced its text or fields (UTC); equal to `ingestedAt` until then.")
    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    private static OffsetDateTime utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** Database row id (not exposed). */
    public long rowId() {
        return rowId;
    }

    public Long publisherId() {
        return publisherId;
    }
}
