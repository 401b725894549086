package app.claimgraph.graph;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** The root of the dashboard counts; its fields are resolved by {@link StatsGraphQL}. */
@Type("Stats")
@Description("Counts for dashboards, each under the same filters as the corresponding list query.")
public class Stats {
}
