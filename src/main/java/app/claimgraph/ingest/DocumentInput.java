package app.claimgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Input;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One document with everything extracted from it, as the seed dataset stores it and as ingestion
 * accepts it. Inside one input, actors and claims are referred to by their {@code ref}.
 */
@Input("DocumentInput")
@Description("A document and the actors, claims and relationships extracted from it. Inside the input, actors and claims refer to each other by `ref`.")
@RegisterForReflection
public class DocumentInput {

    @Description("Headline or title.")
    @NonNull
    public String title;

    @Description("Where it was published; the document's identity when given (otherwise its text is).")
    public String url;

    @Description("Publication date, if known.")
    public LocalDate publishedOn;

    @Description("BCP 47 language tag, e.g. \"en\".")
    public String language;

    @Description("`ref` of the actor that published it, if known.")
    public String publisher;

    @Description("The full text; evidence offsets index into it.")
    @NonNull
    public String text;

    @Description("Actors named or implied by the document.")
    public List<@NonNull ActorInput> actors = new ArrayList<>();

    @Description("Claims made in the document.")
    public List<@NonNull ClaimInput> claims = new ArrayList<>();

    @Description("Relationships between actors that the claims support.")
    public List<@NonNull RelationshipInput> relationships = new ArrayList<>();

    /**
     * The value of one of the document's own fields ({@code DocumentEntity.FIELDS}) by its name: how ingestion
     * copies and validates them without naming each. A field listed there and not here fails every ingestion.
     */
    public Object documentField(String name) {
        return switch (name) {
            case "title" -> title;
            case "url" -> url;
            case "publishedOn" -> publishedOn;
            case "language" -> language;
            default -> throw new IllegalArgumentException("DocumentInput has no document field " + name);
        };
    }

    /** Omitted lists (null from GraphQL or JSON) become empty ones. */
    void fillOmittedLists() {
        actors = orEmpty(actors);
        claims = orEmpty(claims);
        relationships = orEmpty(relationships);
        actors.forEach(a -> a.aliases = orEmpty(a.aliases));
        for (ClaimInput c : claims) {
            c.reportedBy = orEmpty(c.reportedBy);
            c.subjects = orEmpty(c.subjects);
            c.evidence = orEmpty(c.evidence);
            c.contradicts = orEmpty(c.contradicts);
            c.corroborates = orEmpty(c.corroborates);
        }
        relationships.forEach(r -> r.evidence = orEmpty(r.evidence));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? new ArrayList<>() : list;
    }
}
