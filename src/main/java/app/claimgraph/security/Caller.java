package app.claimgraph.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import app.claimgraph.smallrye.CurrentRequest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.ext.web.RoutingContext;
import app.claimgraph.api.ApiError;

/**
 * Who is calling, from the request's {@code Authorization: Bearer <JWT>}: verified with
 * smallrye-jwt's parser against the configured public key and issuer; roles come from the
 * token's {@code groups} claim. The service verifies the token here, when an operation needs it,
 * rather than in Quarkus's HTTP layer (pointed at a cookie nobody sends, see
 * application.properties): a rejected token then becomes a GraphQL error with
 * {@code extensions.code} UNAUTHENTICATED, not an empty HTTP 401, and a public read never fails
 * because of a stale token.
 */
@RequestScoped
public class Caller {

    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    @Inject
    JWTParser parser;

    @Inject
    CurrentRequest request;

    @Inject
    ReadPolicy readPolicy;

    private JsonWebToken token;
    private boolean parsed;

    /** The verified caller allowed to write; its name is recorded with every change. */
    public String requireEditor() throws ApiError {
        return require(EDITOR, "change data");
    }

    /** The verified caller allowed to operate the service (backups). */
    public String requireAdmin() throws ApiError {
        return require(ADMIN, "back up the database");
    }

    /** Reads are public unless claimgraph.auth.read-role names a role. */
    public void requireReader() throws ApiError {
        String role = readPolicy.role();
        if (role != null) {
            require(role, "read data");
        }
    }

    private String require(String role, String what) throws ApiError {
        JsonWebToken jwt = token();
        if (jwt == null) {
            throw ApiError.of(ApiError.UNAUTHENTICATED, "To " + what + ", send 'Authorization: Bearer <token>'"
                    + " with a JWT that carries the '" + role + "' role in its groups claim.");
        }
        if (jwt.getGroups() == null || !jwt.getGroups().contains(role)) {
            throw ApiError.of(ApiError.FORBIDDEN, "Your token ('" + jwt.getName() + "') lacks the '" + role
                    + "' role needed to " + what + ".");
        }
        return jwt.getName();
    }

    private JsonWebToken token() throws ApiError {
        if (parsed) {
            return token;
        }
        RoutingContext ctx = request.get();
        String header = ctx == null ? null : ctx.request().getHeader("Authorization");
        if (header == null || header.isBlank()) {
            parsed = true;
            return null;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiError.of(ApiError.UNAUTHENTICATED, "The Authorization header must be 'Bearer <JWT>'.");
        }
        try {
            token = parser.parse(header.substring(7).trim());
            parsed = true;
            return token;
        } catch (ParseException e) {
            throw ApiError.of(ApiError.UNAUTHENTICATED, "The bearer token was rejected (expired, not yet valid,"
                    + " malformed, or not signed by the configured key): sign in again and send a fresh token.");
        }
    }
}
