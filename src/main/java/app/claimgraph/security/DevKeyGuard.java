package app.claimgraph.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * The repository ships a documented dev key pair so developers can mint tokens locally. Anything
 * but dev and test mode refuses to start with it: anyone can sign tokens for that key.
 */
@ApplicationScoped
public class DevKeyGuard {

    private static final Logger LOG = Logger.getLogger(DevKeyGuard.class);
    static final String DEV_KEY = "dev/jwt-public.pem";

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> location;

    void onStart(@Observes StartupEvent event) throws IOException {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        if (location.isEmpty() || location.get().isBlank()) {
            LOG.warn("No JWT public key configured (mp.jwt.verify.publickey.location): every write will be refused.");
            return;
        }
        String devKey = read(Thread.currentThread().getContextClassLoader().getResourceAsStream(DEV_KEY));
        String configured = location.get().equals(DEV_KEY) ? devKey : readPath(location.get());
        if (devKey != null && devKey.equals(configured)) {
            throw new IllegalStateException("The configured JWT public key is the documented development key, which"
                    + " anyone can sign tokens for. Configure your own key (mp.jwt.verify.publickey.location) in production.");
        }
    }

    private static String readPath(String location) throws IOException {
        String path = location.startsWith("file:") ? location.substring(5) : location;
        Path p = Path.of(path);
        return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8).strip()
                : read(Thread.currentThread().getContextClassLoader().getResourceAsStream(path));
    }

    private static String read(InputStream in) throws IOException {
        if (in == null) {
            return null;
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
