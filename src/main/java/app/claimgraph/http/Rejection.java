package app.claimgraph.http;

import jakarta.json.JsonObject;

/** A request error (no execution): its status for each response type, and the body. */
final class Rejection extends Exception {
    final int status;
    final int legacyStatus;
    final JsonObject body;

    Rejection(int status, int legacyStatus, JsonObject body) {
        super(null, null, false, false);
        this.status = status;
        this.legacyStatus = legacyStatus;
        this.body = body;
    }

    /** Malformed HTTP requests: the same status whatever the client accepts. */
    static Rejection http(int status, String message, String code) {
        return new Rejection(status, status, ErrorBodies.error(message, code, null, null));
    }

    /** Well-formed requests whose document cannot run: 400, or 200 for application/json clients. */
    static Rejection graphql(JsonObject body) {
        return new Rejection(400, 200, body);
    }
}
