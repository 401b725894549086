package app.claimgraph.actor;

import org.eclipse.microprofile.graphql.Description;

@Description("Fields actors can be ordered by.")
public enum ActorOrderField {
    @Description("By name, ignoring case and accents.")
    NAME,
    @Description("By kind, then name.")
    KIND
}
