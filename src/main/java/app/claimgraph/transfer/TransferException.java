package app.claimgraph.transfer;

import app.claimgraph.api.ApiError;

/** An export or import that cannot go on; the message says why, for the caller, with its code and HTTP status. */
public class TransferException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final String code;
    final int status;

    private TransferException(String code, int status, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    /** The file is not an export this build reads. */
    static TransferException badFile(String message) {
        return new TransferException(ApiError.BAD_REQUEST, 400, message);
    }

    /** The database already holds data. */
    static TransferException notEmpty(String message) {
        return new TransferException(ApiError.CONFLICT, 409, message);
    }
}
