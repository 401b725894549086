package app.claimgraph.document;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("DocumentFilter")
@Description("Narrows a list of documents. Conditions combine with AND.")
public class DocumentFilter {

    @Id
    @Description("Only documents published by this actor.")
    public String publisher;

    @Description("Only documents in this language (BCP 47 tag, e.g. \"en\").")
    public String language;

    @Description("Only documents published on or after this date (undated ones are left out).")
    public LocalDate publishedFrom;

    @Description("Only documents published on or before this date (undated ones are left out).")
    public LocalDate publishedTo;

    @Description("Only documents whose title contains this, ignoring case.")
    public String title;
}
