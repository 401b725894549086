package app.claimgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The manifests quarkus-kubernetes generated for the PostgreSQL build (target/kubernetes/). */
@EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql",
        disabledReason = "runs in the PostgreSQL build (-Ppostgres)")
class KubernetesManifestIT {

    static JsonNode resource(String kind) throws Exception {
        Path dir = Path.of(System.getProperty("kubernetes.dir", "target/kubernetes"));
        JsonNode all = new ObjectMapper().readTree(Files.readString(dir.resolve("kubernetes.json")));
        for (JsonNode r : all) {
            if (kind.equals(r.path("kind").asText())) {
                return r;
            }
        }
        throw new AssertionError("no " + kind + " in " + dir);
    }

    @Test
    void aDeploymentOfTwoReplicasWithProbesOnTheHealthEndpoints() throws Exception {
        JsonNode deployment = resource("Deployment");
        assertTrue(deployment.at("/spec/replicas").asInt() >= 2);
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals(8080, container.at("/readinessProbe/httpGet/port").asInt());
        assertFalse(container.at("/resources/limits/memory").asText().isEmpty(), "a memory limit");
        assertFalse(container.at("/resources/requests/memory").asText().isEmpty(), "a memory request");
        assertEquals("http", resource("Service").at("/spec/ports/0/name").asText());
    }

    @Test
    void credentialsAndTheJwtKeyComeFromSecretsAndNoSecretIsInlined() throws Exception {
        JsonNode container = resource("Deployment").at("/spec/template/spec/containers/0");
        List<String> fromSecrets = new ArrayList<>();
        for (JsonNode env : container.path("env")) {
            String name = env.path("name").asText();
            if (env.has("valueFrom") && env.at("/valueFrom/secretKeyRef/name").isTextual()) {
                fromSecrets.add(name);
            }
            if (name.contains("PASSWORD") || name.contains("JDBC_URL") || name.contains("USERNAME")) {
                assertFalse(env.has("value"), () -> name + " is inlined in the manifest");
            }
        }
        assertTrue(fromSecrets.containsAll(List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD")), fromSecrets.toString());
        JsonNode volumes = resource("Deployment").at("/spec/template/spec/volumes");
        boolean jwtFromSecret = false;
        for (JsonNode v : volumes) {
            jwtFromSecret |= "claimgraph-jwt".equals(v.at("/secret/secretName").asText());
        }
        assertTrue(jwtFromSecret, "the JWT public key is mounted from a Secret");
        String all = Files.readString(Path.of(System.getProperty("kubernetes.dir", "target/kubernetes"), "kubernetes.yml"));
        assertFalse(all.contains("jdbc:postgresql://"), "no database URL inlined");
        assertFalse(all.contains("BEGIN PUBLIC KEY"), "no key inlined");
        assertFalse(all.contains("kind: Secret"), "Secrets are created by the operator, not shipped");
    }
}
