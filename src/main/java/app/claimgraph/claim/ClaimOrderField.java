package app.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("Fields claims can be ordered by.")
public enum ClaimOrderField {
    @Description("By document, then by where the claim's evidence starts in the text (reading order).")
    DOCUMENT_ORDER,
    @Description("By `statedOn`; undated claims come last in either direction.")
    STATED_ON
}
