package app.claimgraph.relationship;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RelationshipFilter")
@Description("Narrows a list of relationships. Conditions combine with AND; a list matches any of its values.")
public class RelationshipFilter {

    @Id
    @Description("Only relationships with this actor at the end given by `direction`.")
    public String actor;

    @DefaultValue("ANY")
    @Description("Which end `actor` must be; ignored without `actor`.")
    public RelationshipDirection direction = RelationshipDirection.ANY;

    @Description("Only relationships of these types.")
    public List<@NonNull RelationshipType> types;

    @Description("Only relationships with these statuses.")
    public List<@NonNull RelationshipStatus> statuses;

    @Description("Only relationships holding on this date: `since` empty or on/before it, and `until` empty or on/after it.")
    public LocalDate activeOn;

    @Description("Only relationships with a `since` on or after this date.")
    public LocalDate sinceFrom;

    @Description("Only relationships with a `since` on or before this date.")
    public LocalDate sinceTo;
}
