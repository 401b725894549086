package app.claimgraph.transfer;

/** An export or import that cannot go on; the message says why, for the caller. */
public class TransferException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TransferException(String message) {
        super(message);
    }
}
