package app.claimgraph.http;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.Vertx;

/**
 * Runs queries on worker threads, at most {@code max} at once (see
 * {@link ApiLimits#maxConcurrentQueries()}). Waiting queries are kept in a queue, not on parked
 * threads: a worker that finishes one takes the next, so a busy service hands no request from thread
 * to thread (a semaphore did, and cost a node lookup about a fifth more CPU at 32 clients).
 */
final class QueryTurns {

    private final int max;
    private final AtomicInteger running = new AtomicInteger();
    private final ConcurrentLinkedQueue<Runnable> waiting = new ConcurrentLinkedQueue<>();

    QueryTurns(int max) {
        this.max = max;
    }

    /** Queues {@code task} (which handles its own failures) and starts a worker if a turn is free. */
    void submit(Vertx vertx, Runnable task) {
        waiting.add(task);
        startIfFree(vertx);
    }

    private void startIfFree(Vertx vertx) {
        for (;;) {
            int now = running.get();
            if (now >= max || waiting.isEmpty()) {
                return;
            }
            if (running.compareAndSet(now, now + 1)) {
                vertx.executeBlocking(() -> {
                    drain(vertx);
                    return null;
                }, false).onFailure(e -> running.decrementAndGet());
                return;
            }
        }
    }

    private void drain(Vertx vertx) {
        for (;;) {
            Runnable task = waiting.poll();
            if (task == null) {
                running.decrementAndGet();
                // a query queued after the poll, while every turn looked taken, is started here
                startIfFree(vertx);
                return;
            }
            task.run();
        }
    }
}
