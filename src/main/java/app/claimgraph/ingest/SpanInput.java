package app.claimgraph.ingest;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Input;

import io.quarkus.runtime.annotations.RegisterForReflection;

@Input("TextSpanInput")
@Description("A slice of the document's text: UTF-16 offsets, and the text they must cut out exactly.")
@RegisterForReflection
public class SpanInput {

    @Description("Offset of the first character (inclusive).")
    public int start;

    @Description("Offset after the last character (exclusive).")
    public int end;

    @Description("The exact characters between `start` and `end` (checked).")
    @NonNull
    public String text;
}
