package app.claimgraph.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import app.claimgraph.api.ApiError;
import app.claimgraph.security.Caller;
import io.agroal.api.AgroalDataSource;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /admin/export} streams the whole graph as JSON lines ({@link Export});
 * {@code POST /admin/import} reads such a file into an empty database ({@link Import}). Both need a
 * bearer token with the admin role. The export reads one consistent snapshot (a repeatable-read
 * transaction) while the service keeps serving; the import spools the body to a temporary file first.
 */
@ApplicationScoped
public class TransferRoutes {

    private static final Logger LOG = Logger.getLogger(TransferRoutes.class);
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final int CHUNK = 64 * 1024;

    @Inject
    JWTParser parser;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    Import importer;

    void routes(@Observes Router router) {
        router.get("/admin/export").handler(this::export);
        router.post("/admin/import").handler(this::importFile);
    }

    private void export(RoutingContext ctx) {
        if (!admin(ctx)) {
            return;
        }
        HttpServerResponse response = ctx.response().setChunked(true).putHeader("Content-Type", "application/x-ndjson; charset=utf-8")
                .putHeader("Content-Disposition", "attachment; filename=\"claimgraph-export.jsonl\"");
        ctx.vertx().executeBlocking(() -> {
            long t0 = System.nanoTime();
            try (Connection c = dataSource.getConnection(); Writer out = new ResponseWriter(response)) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                c.setReadOnly(true);
                try {
                    long lines = new Export(c, out, n -> LOG.debugf("Export: %d lines", n)).run();
                    LOG.infof("Export: %d lines in %d ms", lines, (System.nanoTime() - t0) / 1_000_000);
                } finally {
                    c.rollback();
                    c.setReadOnly(false);
                    c.setAutoCommit(true);
                }
            }
            return null;
        }, false).onComplete(done -> {
            if (done.succeeded()) {
                response.end();
            } else {
                LOG.error("Export failed; the response was cut short", done.cause());
                response.reset(); // the client sees a broken transfer, never a truncated file that looks whole
            }
        });
    }

    private void importFile(RoutingContext ctx) {
        if (!admin(ctx)) {
            return;
        }
        ctx.request().pause();
        Path spool;
        try {
            spool = Files.createTempFile("claimgraph-import", ".jsonl");
        } catch (IOException e) {
            fail(ctx, 500, ApiError.INTERNAL, "The import could not be spooled; the server log says why.");
            return;
        }
        // the spool goes whatever happens, once: a finished import, a refused file, an upload cut off. A connection
        // closed before the pipe below is set up never ends the pipe (seen in TransferIT, 1 run in 3): its close
        // removes the spool too.
        AtomicBoolean removed = new AtomicBoolean();
        Runnable removeSpool = () -> {
            if (removed.compareAndSet(false, true)) {
                ctx.vertx().fileSystem().delete(spool.toString()).onFailure(e -> LOG.warnf("Spool %s left: %s", spool, e));
            }
        };
        ctx.response().closeHandler(v -> removeSpool.run());
        ctx.vertx().fileSystem().open(spool.toString(), new OpenOptions().setWrite(true).setTruncateExisting(true))
                .compose(file -> ctx.request().pipeTo(file))
                .compose(piped -> ctx.vertx().executeBlocking(() -> {
                    long t0 = System.nanoTime();
                    Import.Summary s = importer.run(spool, "true".equals(ctx.request().getParam("unverified")),
                            n -> LOG.infof("Import: %d lines", n));
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    LOG.infof("Import: %s in %d ms", s.lines(), ms);
                    var counts = JSON.createObjectBuilder();
                    s.lines().forEach(counts::add);
                    return JSON.createObjectBuilder().add("imported", counts).add("ms", ms).build().toString();
                }, false))
                .onComplete(done -> {
                    removeSpool.run();
                    if (done.succeeded()) {
                        ctx.response().putHeader("Content-Type", "application/json").end(done.result());
                    } else if (done.cause() instanceof TransferException e) {
                        fail(ctx, e.status, e.code, e.getMessage());
                    } else if (ctx.response().closed()) {
                        LOG.warnf("Import upload cut off: %s", done.cause().toString());
                    } else {
                        LOG.error("Import failed", done.cause());
                        fail(ctx, 400, ApiError.BAD_REQUEST, "The import failed and was rolled back: nothing was written,"
                                + " and the file may be sent again once the cause is fixed. The server log says why.");
                    }
                });
    }

    /** Admin role checked here (these routes are outside GraphQL): 401 without a valid token, 403 without the role. */
    private boolean admin(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            fail(ctx, 401, ApiError.UNAUTHENTICATED, "Send 'Authorization: Bearer <token>' with the '" + Caller.ADMIN + "' role.");
            return false;
        }
        try {
            JsonWebToken jwt = parser.parse(header.substring(7).trim());
            if (jwt.getGroups() == null || !jwt.getGroups().contains(Caller.ADMIN)) {
                fail(ctx, 403, ApiError.FORBIDDEN, "Your token ('" + jwt.getName() + "') lacks the '" + Caller.ADMIN + "' role.");
                return false;
            }
            return true;
        } catch (ParseException e) {
            fail(ctx, 401, ApiError.UNAUTHENTICATED, "The bearer token was rejected (expired, malformed, or not signed by the configured key).");
            return false;
        }
    }

    private static void fail(RoutingContext ctx, int status, String code, String message) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(JSON.createObjectBuilder().add("errors", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("message", message).add("extensions", JSON.createObjectBuilder().add("code", code)))).build().toString());
    }

    /** Text to the HTTP response in 64 KiB chunks, waiting when the client reads slower than the export writes. */
    private static final class ResponseWriter extends Writer {
        private final HttpServerResponse response;
        private final StringBuilder buffer = new StringBuilder(CHUNK);

        ResponseWriter(HttpServerResponse response) {
            this.response = response;
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            buffer.append(chars, off, len);
            if (buffer.length() >= CHUNK) {
                flush();
            }
        }

        @Override
        public void write(String s) throws IOException {
            buffer.append(s);
            if (buffer.length() >= CHUNK) {
                flush();
            }
        }

        @Override
        public void flush() throws IOException {
            if (buffer.isEmpty()) {
                return;
            }
            if (response.writeQueueFull()) {
                CountDownLatch drained = new CountDownLatch(1);
                response.drainHandler(v -> drained.countDown());
                try {
                    if (!response.writeQueueFull()) {
                        drained.countDown();
                    }
                    if (!drained.await(60, TimeUnit.SECONDS)) {
                        throw new IOException("the client stopped reading");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted");
                }
            }
            response.write(Buffer.buffer(buffer.toString()));
            buffer.setLength(0);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
