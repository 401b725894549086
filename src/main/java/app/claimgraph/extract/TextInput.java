package app.claimgraph.extract;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

@Input("TextInput")
@Description("The text of a news report, to read into actors, claims and relationships.")
@RegisterForReflection
public class TextInput {

    @NonNull
    @Description("The report's full text (plain text; paragraphs separated by line breaks). Evidence offsets index into it.")
    public String text;

    @Description("Headline; when omitted, `ingestText` uses the report's first line.")
    public String title;

    @Description("Where it was published; the document's identity when given (otherwise its text is).")
    public String url;

    @Description("Publication date: relative dates (\"on Tuesday\", \"last month\") are resolved against it. Without it, only dates the text gives whole are used.")
    public LocalDate publishedOn;

    @DefaultValue("en")
    @Description("BCP 47 language tag of the text. Only English (\"en\") is read.")
    public String language = "en";
}
