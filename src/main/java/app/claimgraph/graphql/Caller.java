package app.claimgraph.graphql;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, from the bearer JWT (verified by quarkus-smallrye-jwt against the configured
 * public key; roles come from its {@code groups} claim). Authentication is lazy
 * ({@code quarkus.http.auth.proactive=false}) so a public read never fails on a bad token, while a
 * write with one gets UNAUTHENTICATED, in the GraphQL response like every other error.
 */
@RequestScoped
public class Caller {

    public static final String EDITOR = "editor";

    @Inject
    CurrentIdentityAssociation identities;

    /** The role reads require; empty (the default) makes reads public. */
    @ConfigProperty(name = "claimgraph.auth.read-role")
    Optional<String> readRole;

    /** The verified caller allowed to write; its name is recorded with every change. */
    public String requireEditor() throws ApiError {
        return require(EDITOR, "change data");
    }

    /** Reads are public unless claimgraph.auth.read-role names a role. */
    public void requireReader() throws ApiError {
        if (readRole.isPresent() && !readRole.get().isBlank()) {
            require(readRole.get(), "read data");
        }
    }

    private String require(String role, String what) throws ApiError {
        SecurityIdentity identity;
        try {
            identity = identities.getIdentity();
        } catch (AuthenticationFailedException e) {
            throw ApiError.of(ApiError.UNAUTHENTICATED, "The bearer token was rejected (expired, not yet valid,"
                    + " or not signed by the configured key): sign in again and send a fresh token.");
        }
        if (identity == null || identity.isAnonymous()) {
            throw ApiError.of(ApiError.UNAUTHENTICATED, "To " + what + ", send 'Authorization: Bearer <token>'"
                    + " with a JWT that carries the '" + role + "' role in its groups claim.");
        }
        if (!identity.hasRole(role)) {
            throw ApiError.of(ApiError.FORBIDDEN, "Your token ('" + identity.getPrincipal().getName()
                    + "') lacks the '" + role + "' role needed to " + what + ".");
        }
        return identity.getPrincipal().getName();
    }
}
