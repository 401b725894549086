package app.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.quarkus.runtime.annotations.RegisterForReflection;

@Type("Extraction")
@Description("What the reader proposes for a text, in the shape of `DocumentInput`: select the input fields and send them to `ingestDocument`, edited or not.")
@RegisterForReflection
public class Extraction {

    @Description("Headline, as given.")
    public String title;

    @Description("URL, as given.")
    public String url;

    @Description("Publication date, as given.")
    public LocalDate publishedOn;

    @NonNull
    @Description("Language of the text.")
    public String language;

    @NonNull
    @Description("The text that was read; every span indexes into it.")
    public String text;

    @NonNull
    @Description("Proposed actors: those that speak, relay, are spoken about or are related.")
    public List<@NonNull ExtractedActor> actors = new ArrayList<>();

    @NonNull
    @Description("Proposed claims, in text order.")
    public List<@NonNull ExtractedClaim> claims = new ArrayList<>();

    @NonNull
    @Description("Proposed relationships.")
    public List<@NonNull ExtractedRelationship> relationships = new ArrayList<>();

    @NonNull
    @Description("What the reader noticed and could not settle (a quotation left open, a cue without a speaker).")
    public List<@NonNull String> warnings = new ArrayList<>();
}
