package app.claimgraph.backup;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Backup")
@Description("An online backup of the embedded database: a zip of its file, transactionally consistent as of `startedAt`.")
public class Backup {

    private final String file;
    private final long bytes;
    private final Instant startedAt;
    private final long tookMs;

    public Backup(String file, long bytes, Instant startedAt, long tookMs) {
        this.file = file;
        this.bytes = bytes;
        this.startedAt = startedAt;
        this.tookMs = tookMs;
    }

    @NonNull
    @Description("File name of the backup in the backup directory (`claimgraph.backup.dir`).")
    public String getFile() {
        return file;
    }

    @NonNull
    @Description("Its size in bytes.")
    public long getBytes() {
        return bytes;
    }

    @NonNull
    @Description("When the backup began: every write acknowledged before then is in it.")
    public Instant getStartedAt() {
        return startedAt;
    }

    @NonNull
    @Description("How long it took, in milliseconds.")
    public long getTookMs() {
        return tookMs;
    }
}
