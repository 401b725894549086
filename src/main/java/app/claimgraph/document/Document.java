package app.claimgraph.document;

import java.time.LocalDate;

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

    private Document(DocumentEntity e) {
        this.rowId = e.id;
        this.key = e.key;
        this.title = e.title;
        this.url = e.url;
        this.publishedOn = e.publishedOn;
        this.language = e.language;
        this.text = e.body;
        this.publisherId = e.publisherId;
    }

    public static Document from(DocumentEntity e) {
        return new Document(e);
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

    /** Database row id (not exposed). */
    public long rowId() {
        return rowId;
    }

    public Long publisherId() {
        return publisherId;
    }
}
