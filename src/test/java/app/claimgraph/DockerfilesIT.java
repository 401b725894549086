package app.claimgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What can be checked of docker/ without a Docker engine, after the build: every COPY source exists
 * (or, for the native binary, is the name the native build writes), and ports, paths and variables
 * match the application's configuration.
 */
class DockerfilesIT {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Pattern COPY = Pattern.compile("^COPY\\s+(?:--\\S+\\s+)*(\\S+)\\s+(\\S+)\\s*$", Pattern.MULTILINE);

    static Properties config() throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(ROOT.resolve("src/main/resources/application.properties"))));
        return p;
    }

    static List<String[]> copies(String dockerfile) throws IOException {
        List<String[]> out = new ArrayList<>();
        Matcher m = COPY.matcher(Files.readString(ROOT.resolve(dockerfile)));
        while (m.find()) {
            out.add(new String[] { m.group(1), m.group(2) });
        }
        return out;
    }

    static List<Path> matching(String glob) throws IOException {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob.replaceAll("/$", ""));
        try (Stream<Path> files = Files.walk(ROOT.resolve("target"), 2)) {
            return files.map(ROOT::relativize).filter(matcher::matches).toList();
        }
    }

    @Test
    void theJvmImageCopiesWhatThePackageBuildWrote() throws IOException {
        List<String[]> copies = copies("docker/Dockerfile.jvm");
        assertEquals(5, copies.size());
        for (String[] c : copies) {
            if (c[0].startsWith("docker/")) {
                assertTrue(Files.isExecutable(ROOT.resolve(c[0])), () -> "COPY source missing: " + c[0]);
                continue;
            }
            List<Path> found = matching(c[0]);
            assertFalse(found.isEmpty(), () -> "COPY source missing after the build: " + c[0]);
        }
        assertTrue(matching("target/quarkus-app/*.jar").stream().anyMatch(p -> p.endsWith("quarkus-run.jar")));
        String dockerfile = Files.readString(ROOT.resolve("docker/Dockerfile.jvm"));
        assertTrue(dockerfile.contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""));
        // the image records its AOT cache with its own JVM and the flags it runs with, and starts with it
        assertTrue(dockerfile.contains("RUN ./aot-train.sh") && dockerfile.contains("-XX:AOTCache=app.aot"));
        assertTrue(Files.readString(ROOT.resolve("docker/aot-train.sh")).contains("java $JAVA_OPTS -XX:AOTCacheOutput=app.aot"));
    }

    @Test
    void theNativeImageCopiesTheBinaryTheNativeBuildWrites() throws IOException {
        List<String[]> copies = copies("docker/Dockerfile.native");
        assertEquals(1, copies.size());
        // the native build writes target/<finalName>-runner; this build (JVM) does not, so match the name
        String runner = "target/" + Path.of(System.getProperty("native.runner", "target/claimgraph-runner")).getFileName();
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + copies.get(0)[0]);
        assertTrue(m.matches(Path.of(runner)), () -> copies.get(0)[0] + " does not match " + runner);
    }

    @Test
    void portsPathsAndVariablesMatchTheConfiguration() throws IOException {
        Properties config = config();
        String port = config.getProperty("quarkus.http.port");
        assertEquals("8080", port);
        for (String f : List.of("docker/Dockerfile.jvm", "docker/Dockerfile.native")) {
            String text = Files.readString(ROOT.resolve(f));
            assertTrue(text.contains("EXPOSE " + port), f);
            assertTrue(text.contains("VOLUME /data"), f);
            // CLAIMGRAPH_DB_PATH is the environment form of claimgraph.db.path, which the datasource URL uses
            assertTrue(text.contains("ENV CLAIMGRAPH_DB_PATH=/data/"), f);
            assertTrue(config.getProperty("quarkus.datasource.jdbc.url").contains("${claimgraph.db.path}"));
            assertTrue(text.contains("quarkus.http.host=0.0.0.0"), f + " listens on all interfaces");
        }
        String compose = Files.readString(ROOT.resolve("docker/compose.yaml"));
        assertTrue(compose.contains("\"" + port + ":" + port + "\""));
        assertTrue(compose.contains("dockerfile: docker/Dockerfile.jvm"));
        assertTrue(compose.contains("http://localhost:" + port + "/q/health/ready"));
        for (String env : List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD", "MP_JWT_VERIFY_PUBLICKEY_LOCATION")) {
            String property = env.toLowerCase().replace('_', '.');
            assertTrue(compose.contains(env + ":"), env);
            assertTrue(config.stringPropertyNames().stream().anyMatch(k -> k.replace('-', '.').endsWith(property)
                    || k.endsWith(property)), () -> env + " sets no property the application reads");
        }
        assertTrue(compose.contains("condition: service_healthy"));
        assertTrue(compose.contains("pgdata:/var/lib/postgresql/data"));
    }
}
