package app.claimgraph.smallrye;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import graphql.parser.ParserOptions;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** Creates the endpoint's {@link ExecutionRoute}, with the beans Quarkus's handler needs. */
@ApplicationScoped
public class ExecutionRoutes {

    @Inject
    Instance<CurrentIdentityAssociation> identity;
    @Inject
    CurrentVertxRequest currentRequest;

    /**
     * A route handler that sets up what SmallRye's execution needs, then calls {@code body}, which
     * decides and replies; {@code parser} bounds SmallRye's own parse of each document too.
     */
    public ExecutionRoute create(ParserOptions parser, Handler<RoutingContext> body) {
        ExecutionRoute.parseWith(parser);
        return new ExecutionRoute(identity.isResolvable() ? identity.get() : null, currentRequest, body);
    }
}
