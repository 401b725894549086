package app.claimgraph.backup;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import app.claimgraph.api.ApiError;
import app.claimgraph.security.Caller;

@GraphQLApi
public class BackupGraphQL {

    @Inject
    Caller caller;
    @Inject
    BackupService backups;

    @Mutation("backupDatabase")
    @NonNull
    @Description("Writes an online backup of the embedded H2 database (a zip in `claimgraph.backup.dir`) while the service keeps serving; restore by unzipping it into a new directory and starting with `claimgraph.db.path` there. Not for PostgreSQL (UNSUPPORTED_OPERATION: use pg_dump). Requires the admin role.")
    public Backup backupDatabase() throws ApiError {
        caller.requireAdmin();
        return backups.backup();
    }
}
