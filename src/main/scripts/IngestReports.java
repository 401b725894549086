import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ingests a folder of plain-text reports through the API ({@code ingestText}), one request per
 * file, with a progress line per report and a summary of what was stored. Needs only a JDK:
 *
 * <pre>
 *   TOKEN=$(src/test/resources/dev/mint-token.sh me@example.org editor 3600)
 *   java src/main/scripts/IngestReports.java reports/ --url http://localhost:8080/graphql --token "$TOKEN"
 * </pre>
 *
 * Options: {@code --url} (default http://localhost:8080/graphql), {@code --token} (default env
 * CLAIMGRAPH_TOKEN), {@code --published YYYY-MM-DD} (the reports' publication date, for relative
 * dates). A report whose first line is followed by a blank line uses that line as its title.
 * Exit status 1 when any report failed; the others are stored regardless (each is its own transaction).
 */
public class IngestReports {

    private static final String MUTATION = "mutation($in: TextInput!) { ingestText(input: $in) { outcome "
            + "document { id } createdClaims { id } updatedClaims { id } createdActors { id } "
            + "createdRelationships { id } } }";

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new TreeMap<>();
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                opt.put(args[i].substring(2), args[++i]);
            } else {
                dir = Path.of(args[i]);
            }
        }
        if (dir == null || !Files.isDirectory(dir)) {
            System.err.println("usage: java IngestReports.java DIR [--url URL] [--token JWT] [--published YYYY-MM-DD]");
            System.exit(2);
        }
        String url = opt.getOrDefault("url", "http://localhost:8080/graphql");
        String token = opt.getOrDefault("token", System.getenv("CLAIMGRAPH_TOKEN"));
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, Integer> outcomes = new TreeMap<>();
        int claims = 0, actors = 0, relationships = 0, failed = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            String line;
            try {
                String body = request(Files.readString(f, StandardCharsets.UTF_8), opt.get("published"));
                HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
                if (token != null) {
                    req.header("Authorization", "Bearer " + token);
                }
                String answer = http.send(req.build(), HttpResponse.BodyHandlers.ofString()).body();
                String error = first(answer, "\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
                if (error != null) {
                    failed++;
                    line = "FAILED: " + error + " (" + first(answer, "\"code\"\\s*:\\s*\"([A-Z_]+)\"") + ")";
                } else {
                    String outcome = first(answer, "\"outcome\"\\s*:\\s*\"([A-Z]+)\"");
                    int c = count(answer, "createdClaims"), a = count(answer, "createdActors"),
                            r = count(answer, "createdRelationships");
                    claims += c;
                    actors += a;
                    relationships += r;
                    outcomes.merge(outcome, 1, Integer::sum);
                    line = outcome + ": " + c + " claims, " + a + " actors, " + r + " relationships created";
                }
            } catch (IOException e) {
                failed++;
                line = "FAILED: " + e.getMessage();
            }
            System.out.printf("[%d/%d] %s %s%n", i + 1, files.size(), f.getFileName(), line);
        }
        System.out.printf("%d reports in %.1f s: %s, %d failed; created %d claims, %d actors, %d relationships%n",
                files.size(), (System.nanoTime() - t0) / 1e9, outcomes, failed, claims, actors, relationships);
        System.exit(failed > 0 ? 1 : 0);
    }

    /** The GraphQL request body: the report's text, its title when its first line stands alone. */
    static String request(String text, String published) {
        String[] parts = text.strip().split("\\R\\s*\\R", 2);
        StringBuilder in = new StringBuilder("{\"text\":").append(json(text));
        if (parts.length == 2 && parts[0].lines().count() == 1 && parts[0].length() <= 300) {
            in.append(",\"title\":").append(json(parts[0].strip()));
        }
        if (published != null) {
            in.append(",\"publishedOn\":").append(json(published));
        }
        return "{\"query\":" + json(MUTATION) + ",\"variables\":{\"in\":" + in + "}}}";
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }

    private static String first(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        return m.find() ? m.group(1) : null;
    }

    /** Entries of a list field in the answer: its objects each carry one "id". */
    private static int count(String answer, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(answer);
        return m.find() ? (m.group(1).isBlank() ? 0 : m.group(1).split("\\{").length - 1) : 0;
    }
}
