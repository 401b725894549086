package app.claimgraph;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Imports that must fail whole (issue 37): into an empty database, a file cut at a line boundary, cut
 * mid-line, with a bad line at 90 %, with a duplicate actor behind a valid trailer (a failure while
 * writing), changed under its trailer; each answered with a coded error that says nothing was written,
 * and the database exports the same bytes as before. Two imports at once: one writes, one is refused.
 */
final class FailedImports {

    private FailedImports() {
    }

    static void refuseAndWriteNothing(int port, String admin, byte[] export) throws Exception {
        byte[] before = TransferIT.export(port, admin);
        List<String> lines = new String(export, StandardCharsets.UTF_8).lines().toList();
        int n = lines.size();
        List<String> data = lines.subList(1, n - 1); // between the header and the trailer
        refused(port, admin, join(lines.subList(0, n - 3)), "cut short", before);
        String whole = join(lines);
        refused(port, admin, whole.substring(0, whole.length() * 2 / 3), "", before);
        List<String> bad = new ArrayList<>(lines);
        bad.set(1 + data.size() * 9 / 10, "{\"type\": \"document\", \"key\": ");
        refused(port, admin, join(bad), "is not a JSON object", before);
        List<String> changed = new ArrayList<>(lines);
        changed.set(1 + data.size() / 2, changed.get(1 + data.size() / 2).replaceFirst("\\{", "{ ")); // still JSON, other bytes
        refused(port, admin, join(changed), "not whole", before);
        // the file is whole and says so, but an actor comes twice: the write fails at the end and rolls back
        List<String> duplicate = new ArrayList<>(data);
        duplicate.add(data.stream().filter(l -> l.startsWith("{\"type\":\"actor\"")).findFirst().orElseThrow());
        refused(port, admin, withTrailer(lines.get(0), duplicate), "rolled back", before);
    }

    private static void refused(int port, String admin, String file, String because, byte[] before) {
        ExtractableResponse<Response> r = given().port(port).header("Authorization", "Bearer " + admin)
                .body(file.getBytes(StandardCharsets.UTF_8)).post("/admin/import").then().extract();
        assertEquals(400, r.statusCode(), r.asString());
        assertEquals("BAD_REQUEST", r.jsonPath().getString("errors[0].extensions.code"));
        String message = r.jsonPath().getString("errors[0].message");
        assertTrue(message.contains(because) && message.toLowerCase().contains("nothing was written"), message);
        assertArrayEquals(before, TransferIT.export(port, admin), "a failed import leaves the database as it was: " + message);
    }

    /** An upload cut off half way: its spool file (in the server's temporary directory) is removed. */
    static void abortedUploadLeavesNoSpool(int port, String admin, Path spools) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            var out = socket.getOutputStream();
            out.write(("POST /admin/import HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + admin
                    + "\r\nContent-Length: 10000000\r\n\r\n{\"claimgraph\":\"export\",\"format\":2}\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            awaitSpools(spools, 1, "the upload is spooled");
        }
        awaitSpools(spools, 0, "an aborted upload's spool file is removed");
    }

    private static void awaitSpools(Path dir, int expected, String what) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        long n = -1;
        while (System.nanoTime() < deadline) {
            try (var files = java.nio.file.Files.list(dir)) {
                n = files.filter(f -> f.getFileName().toString().startsWith("claimgraph-import")).count();
            }
            if (n == expected) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(what + ": " + n + " spool files in " + dir);
    }

    /** The same file sent twice at once: exactly one import writes it, the other is refused (409). */
    static JsonPath twoAtOnce(int port, String admin, byte[] export) {
        CompletableFuture<ExtractableResponse<Response>> a = CompletableFuture.supplyAsync(() -> post(port, admin, export));
        CompletableFuture<ExtractableResponse<Response>> b = CompletableFuture.supplyAsync(() -> post(port, admin, export));
        List<ExtractableResponse<Response>> both = List.of(a.join(), b.join());
        List<Integer> statuses = both.stream().map(ExtractableResponse::statusCode).sorted().toList();
        assertEquals(List.of(200, 409), statuses, both.get(0).asString() + " / " + both.get(1).asString());
        return both.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().jsonPath();
    }

    private static ExtractableResponse<Response> post(int port, String admin, byte[] body) {
        return given().port(port).header("Authorization", "Bearer " + admin).body(body).post("/admin/import").then().extract();
    }

    /** The export as format 1 wrote it: that header, no trailer. */
    static byte[] asFormat1(byte[] export) {
        List<String> lines = new String(export, StandardCharsets.UTF_8).lines().toList();
        List<String> out = new ArrayList<>(lines.subList(0, lines.size() - 1));
        out.set(0, out.get(0).replace("\"format\":2", "\"format\":1"));
        return join(out).getBytes(StandardCharsets.UTF_8);
    }

    private static final Pattern TYPE = Pattern.compile("^\\{\"type\":\"([a-z]+)\"");

    /** A file of these lines with a trailer that matches them (counts and SHA-256), as an export writes it. */
    static String withTrailer(String header, List<String> data) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        TreeMap<String, Long> counts = new TreeMap<>();
        sha.update((header + "\n").getBytes(StandardCharsets.UTF_8));
        for (String l : data) {
            sha.update((l + "\n").getBytes(StandardCharsets.UTF_8));
            Matcher m = TYPE.matcher(l);
            assertTrue(m.find(), l);
            counts.merge(m.group(1), 1L, Long::sum);
        }
        StringBuilder trailer = new StringBuilder("{\"claimgraph\":\"end\",\"lines\":{");
        counts.forEach((k, v) -> trailer.append(trailer.charAt(trailer.length() - 1) == '{' ? "" : ",").append('"').append(k)
                .append("\":").append(v));
        trailer.append("},\"sha256\":\"").append(HexFormat.of().formatHex(sha.digest())).append("\"}");
        List<String> all = new ArrayList<>();
        all.add(header);
        all.addAll(data);
        all.add(trailer.toString());
        return join(all);
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }
}
