package app.claimgraph.paging;

import org.eclipse.microprofile.graphql.Description;

@Description("Sort direction.")
public enum OrderDirection {
    @Description("Smallest first (A→Z, oldest first).")
    ASC,
    @Description("Largest first (Z→A, newest first).")
    DESC
}
