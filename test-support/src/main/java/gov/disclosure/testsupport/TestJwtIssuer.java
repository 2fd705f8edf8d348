package gov.disclosure.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A real token issuer for service tests: an RSA key, its JWKS served over HTTP on a random loopback port (the
 * services fetch it exactly as they fetch the gateway's), and RS256 tokens with the platform's claims.
 */
public final class TestJwtIssuer implements AutoCloseable {
    public static final String ISSUER = "http://localhost:8080/auth";
    public static final String AUDIENCE = "disclosure-platform";

    private final RSAKey key;
    private final HttpServer server;

    public TestJwtIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString())
                    .algorithm(JWSAlgorithm.RS256).generate();
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwks);
                }
            });
            server.start();
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    /** A staff token: roles such as AGENCY_EDITOR, with the staff member's agency code. */
    public String staff(String username, String agency, String... roles) {
        return token(username, agency, List.of(roles), ISSUER, AUDIENCE, Duration.ofMinutes(15));
    }

    public String citizen(String username) {
        return token(username, null, List.of("CITIZEN"), ISSUER, AUDIENCE, Duration.ofMinutes(15));
    }

    public String supervisor(String username) {
        return token(username, null, List.of("CITY_SUPERVISOR"), ISSUER, AUDIENCE, Duration.ofMinutes(15));
    }

    public String ops(String username) {
        return token(username, null, List.of("OPS"), ISSUER, AUDIENCE, Duration.ofMinutes(15));
    }

    /** Any token, for tests of what must be refused (wrong issuer, audience, expired). */
    public String token(String username, String agency, List<String> roles, String issuer, String audience,
                        Duration validFor) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(username)
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(1)))
                .expirationTime(Date.from(now.plus(validFor)))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", roles);
        if (agency != null) {
            claims.claim("agency", agency);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
