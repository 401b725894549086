package app.claimgraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/** Signs JWTs as an identity provider would, with the documented dev key (or another one). */
public final class Tokens {

    private Tokens() {
    }

    public static String editor() {
        return sign(devKey(), "alice@example.org", List.of("editor"), Instant.now().plusSeconds(3600));
    }

    public static String admin() {
        return sign(devKey(), "ops@example.org", List.of("admin"), Instant.now().plusSeconds(3600));
    }

    public static String reader() {
        return sign(devKey(), "bob@example.org", List.of("reader"), Instant.now().plusSeconds(3600));
    }

    public static String expiredEditor() {
        return sign(devKey(), "alice@example.org", List.of("editor"), Instant.now().minusSeconds(3600));
    }

    /** An editor token signed by a key the service does not trust. */
    public static String forgedEditor() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return sign(g.generateKeyPair().getPrivate(), "mallory@example.org", List.of("editor"),
                    Instant.now().plusSeconds(3600));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sign(PrivateKey key, String subject, List<String> groups, Instant expires) {
        Instant now = Instant.now();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String payload = "{\"iss\":\"claimgraph\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject + "\",\"groups\":["
                + groups.stream().map(g -> "\"" + g + "\"").collect(Collectors.joining(",")) + "],\"iat\":"
                + Math.min(now.getEpochSecond(), expires.getEpochSecond() - 60) + ",\"exp\":" + expires.getEpochSecond()
                + "}";
        String signingInput = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PrivateKey devKey() {
        try (InputStream in = Tokens.class.getClassLoader().getResourceAsStream("dev/jwt-private.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
