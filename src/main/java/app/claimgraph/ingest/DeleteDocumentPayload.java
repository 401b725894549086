package app.claimgraph.ingest;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DeleteDocumentPayload")
@Description("What `deleteDocument` did.")
public class DeleteDocumentPayload {

    private final String deletedId;
    private final int removedRelationships;

    public DeleteDocumentPayload(String deletedId, int removedRelationships) {
        this.deletedId = deletedId;
        this.removedRelationships = removedRelationships;
    }

    @Id
    @NonNull
    @Description("ID of the deleted document (its claims are deleted too).")
    public String getDeletedId() {
        return deletedId;
    }

    @NonNull
    @Description("Relationships deleted because the document held their only evidence.")
    public int getRemovedRelationships() {
        return removedRelationships;
    }
}
