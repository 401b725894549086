package app.claimgraph.claim;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ClaimFilter")
@Description("Narrows a list of claims. Conditions combine with AND; a list matches any of its values.")
public class ClaimFilter {

    @Id
    @Description("Only claims asserted by this actor.")
    public String claimant;

    @Id
    @Description("Only claims about this actor.")
    public String subject;

    @Id
    @Description("Only claims relayed by this actor (anywhere in the reporting chain).")
    public String reporter;

    @Description("Only claims of these types.")
    public List<@NonNull ClaimType> types;

    @Description("Only claims with these statuses.")
    public List<@NonNull ClaimStatus> statuses;

    @Description("Only claims stated on or after this date (undated claims are left out).")
    public LocalDate statedFrom;

    @Description("Only claims stated on or before this date (undated claims are left out).")
    public LocalDate statedTo;

    @Id
    @Description("Only claims from this document.")
    public String document;

    @Description("Only claims whose text contains this, ignoring case and accents.")
    public String text;
}
