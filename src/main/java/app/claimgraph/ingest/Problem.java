package app.claimgraph.ingest;

/** One thing wrong with an input: where ({@code claims[3].evidence[0].end}) and what to change. */
public record Problem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
