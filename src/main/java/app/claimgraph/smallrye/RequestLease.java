package app.claimgraph.smallrye;

import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.vertx.ext.web.RoutingContext;

/**
 * A request's CDI request context, shared by the event loop that received the request and the workers
 * that execute its operations. It ends when the response ends or the connection closes, but never under a
 * worker that is using it: a client that goes away mid-execution (a type-ahead cancelling its last search)
 * had its context destroyed while the worker still resolved fields, which then failed with
 * ContextNotActiveException and were logged and counted as INTERNAL errors. Now the last worker to leave
 * destroys it; a worker that starts after the end does not run at all (no one is left to answer).
 */
public final class RequestLease {

    private static final String KEY = RequestLease.class.getName();

    private final ManagedContext requests;
    private final InjectableContext.ContextState state;
    private int inside;
    private boolean ended;
    private boolean destroyed;

    private RequestLease(ManagedContext requests, InjectableContext.ContextState state) {
        this.requests = requests;
        this.state = state;
    }

    /** The lease of the request context active now, kept with {@code ctx}; it ends with the response. */
    static RequestLease open(RoutingContext ctx, ManagedContext requests) {
        RequestLease lease = new RequestLease(requests, requests.getState());
        ctx.put(KEY, lease);
        ctx.response().endHandler(ignored -> lease.end()).closeHandler(ignored -> lease.end())
                .exceptionHandler(ignored -> lease.end());
        return lease;
    }

    /** The lease of the request {@code ctx}: set up by {@link ExecutionRoute} before the endpoint runs. */
    public static RequestLease of(RoutingContext ctx) {
        return ctx.get(KEY);
    }

    /**
     * Activates the request context on this thread, unless the request has already ended (then false, and
     * nothing is to be done for it). Each true is followed by one {@link #exit()} on the same thread.
     */
    public boolean enter() {
        synchronized (this) {
            if (ended) {
                return false;
            }
            inside++;
        }
        requests.activate(state);
        return true;
    }

    /** Deactivates the context on this thread; the last to leave an ended request destroys it. */
    public void exit() {
        requests.deactivate();
        release(-1, false);
    }

    /** The response ended or the connection closed: destroyed now, or when the last worker leaves. */
    void end() {
        release(0, true);
    }

    /** Counts a worker out ({@code left} -1) or the request ended; destroys the context once both hold. */
    private void release(int left, boolean ending) {
        boolean destroy;
        synchronized (this) {
            inside += left;
            ended |= ending;
            destroy = ended && inside == 0 && !destroyed;
            destroyed |= destroy;
        }
        if (destroy) {
            requests.destroy(state);
        }
    }
}
