package app.claimgraph.extract;

import app.claimgraph.api.ApiError;

/** A bound on the time one extraction may take, checked between sentences. */
final class Deadline {

    private final long until;
    private final long millis;

    private Deadline(long millis) {
        this.millis = millis;
        this.until = System.nanoTime() + millis * 1_000_000L;
    }

    static Deadline in(long millis) {
        return new Deadline(millis);
    }

    static Deadline none() {
        return new Deadline(Long.MAX_VALUE / 2_000_000L);
    }

    void check() {
        if (System.nanoTime() - until > 0) {
            throw new Exceeded(millis);
        }
    }

    /** The extraction ran past its bound; the API turns it into EXTRACTION_TIMEOUT. */
    static final class Exceeded extends RuntimeException {

        Exceeded(long millis) {
            super("Reading the text took longer than " + millis + " ms; send a shorter text.", null, false, false);
        }

        ApiError toApiError() {
            return ApiError.of("EXTRACTION_TIMEOUT", getMessage());
        }
    }
}
