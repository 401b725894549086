package app.claimgraph.document;

import org.eclipse.microprofile.graphql.Description;

@Description("Fields documents can be ordered by.")
public enum DocumentOrderField {
    @Description("By publication date; undated documents come last in either direction.")
    PUBLISHED_ON,
    @Description("In the order they were first ingested.")
    INGESTED
}
