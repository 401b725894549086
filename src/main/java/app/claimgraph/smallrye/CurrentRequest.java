package app.claimgraph.smallrye;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** The HTTP request this thread serves, from Quarkus's vertx-http runtime (not an API: fenced here). */
@ApplicationScoped
public class CurrentRequest {

    @Inject
    CurrentVertxRequest current;

    /** The request's routing context, or null outside an HTTP request. */
    public RoutingContext get() {
        return current.getCurrent();
    }
}
