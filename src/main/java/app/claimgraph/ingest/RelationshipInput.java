package app.claimgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Input;

import app.claimgraph.relationship.RelationshipStatus;
import app.claimgraph.relationship.RelationshipType;
import io.quarkus.runtime.annotations.RegisterForReflection;

@Input("RelationshipInput")
@Description("A relationship the document's claims support.")
@RegisterForReflection
public class RelationshipInput {

    @Description("`ref` of the source actor.")
    @NonNull
    public String source;

    @Description("`ref` of the target actor.")
    @NonNull
    public String target;

    @Description("How the source stands toward the target.")
    @NonNull
    public RelationshipType type;

    @Description("Whether it holds.")
    @NonNull
    public RelationshipStatus status;

    @Description("Since when, if known.")
    public LocalDate since;

    @Description("Until when, if it ended.")
    public LocalDate until;

    @Description("A short account of it.")
    public String description;

    @Description("`ref`s of the claims of this document that support it (at least one).")
    @NonNull
    public List<@NonNull String> evidence = new ArrayList<>();
}
