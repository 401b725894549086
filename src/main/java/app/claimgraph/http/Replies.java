package app.claimgraph.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;


import app.claimgraph.security.ReadPolicy;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes a GraphQL response: media type, caching headers (a public, ETag-validated GET answer when
 * no read role is configured; otherwise no-store) and Retry-After on 503.
 */
@ApplicationScoped
class Replies {

    @Inject
    ApiLimits limits;
    @Inject
    ReadPolicy readPolicy;

    void reply(RoutingContext ctx, String mediaType, int status, JsonObject body, boolean cacheable) {
        reply(ctx, mediaType, status, body.toString(), cacheable);
    }

    void reply(RoutingContext ctx, String mediaType, int status, String body, boolean cacheable) {
        reply(ctx, mediaType, status, body.getBytes(StandardCharsets.UTF_8), cacheable);
    }

    /** Sends a UTF-8 body as it is: the response buffer wraps the array, which nothing writes to afterwards. */
    void reply(RoutingContext ctx, String mediaType, int status, byte[] body, boolean cacheable) {
        var response = ctx.response();
        if (response.ended()) {
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8");
        response.putHeader(HttpHeaders.VARY, "Accept, Accept-Encoding");
        if (cacheable && status == 200 && readPolicy.readsArePublic() && limits.cacheMaxAge() > 0) {
            String etag = "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    java.util.HexFormat.of().parseHex(PersistedDocuments.sha256(mediaType, body))) + "\"";
            response.putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + limits.cacheMaxAge());
            response.putHeader(HttpHeaders.ETAG, etag);
            String match = ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH);
            if (match != null && (match.contains(etag) || match.trim().equals("*"))) {
                response.setStatusCode(304).end();
                return;
            }
        } else {
            response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (status == 503) {
            response.putHeader(HttpHeaders.RETRY_AFTER, "1");
        }
        response.setStatusCode(status).end(Buffer.buffer(Unpooled.wrappedBuffer(body)));
    }
}
