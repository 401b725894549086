package app.claimgraph.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness goes DOWN the moment a request finds the database out of reach (and UP when the probe
 * of {@link DatabaseOutage} reconnects), without waiting for the pool's own validation check: a load
 * balancer stops sending traffic as soon as requests start failing.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseOutage outage;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Database reachable by requests").status(!outage.down()).build();
    }
}
