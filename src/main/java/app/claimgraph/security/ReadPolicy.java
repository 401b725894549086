package app.claimgraph.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether reads need a role, read from the configuration once, for every class that asks (the caller's
 * check, the endpoint, the reply's caching headers). It sits apart from the request-scoped
 * {@link Caller} because a config property injected there is looked up again for every request
 * (2.4 % of a nested page's CPU in a profile of the 100k actor page).
 */
@ApplicationScoped
public class ReadPolicy {

    private final String role;

    @Inject
    ReadPolicy(@ConfigProperty(name = "claimgraph.auth.read-role") Optional<String> readRole) {
        this.role = readRole.filter(r -> !r.isBlank()).orElse(null);
    }

    /** The role reads require, or null when reads are public (the default). */
    String role() {
        return role;
    }

    /** Whether anyone may read without a token (no read role configured). */
    public boolean readsArePublic() {
        return role == null;
    }
}
