package app.claimgraph.ingest;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import app.claimgraph.relationship.RelationshipStatus;
import io.quarkus.runtime.annotations.RegisterForReflection;

@Input("RelationshipUpdateInput")
@Description("New values for a relationship's status and dates; fields left out are kept.")
@RegisterForReflection
public class RelationshipUpdateInput {

    @Description("New status.")
    public RelationshipStatus status;

    @Description("New start date.")
    public LocalDate since;

    @Description("New end date.")
    public LocalDate until;

    @Description("Set to true to remove the start date.")
    public Boolean clearSince;

    @Description("Set to true to remove the end date.")
    public Boolean clearUntil;

    @Description("Why the change was made; recorded with it.")
    public String note;
}
