package app.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.claimgraph.relationship.RelationshipStatus;
import app.claimgraph.relationship.RelationshipType;
import io.quarkus.runtime.annotations.RegisterForReflection;

@Type("ExtractedRelationship")
@Description("A proposed relationship, with the fields of `RelationshipInput` and what produced it.")
@RegisterForReflection
public class ExtractedRelationship {

    @NonNull
    @Description("`ref` of the source actor.")
    public String source;

    @NonNull
    @Description("`ref` of the target actor.")
    public String target;

    @NonNull
    @Description("What the relationship is.")
    public RelationshipType type;

    @NonNull
    @Description("Whether it holds, as the text tells it.")
    public RelationshipStatus status;

    @Description("CAMEO event code of the type, where one exists.")
    public String cameoCode;

    @NonNull
    @Description("`ref`s of the proposed claims whose sentences state it.")
    public List<@NonNull String> evidence = new ArrayList<>();

    @NonNull
    @Description("The pattern that produced it, e.g. `verb:accused`, `halt+intelligence`.")
    public String rule;
}
