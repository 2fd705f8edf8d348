package gov.disclosure.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway against a real HTTP backend stub (catalog, request, stats) and a closed port (notification): identity,
 * edge authorization, forwarding, fallbacks, rate limits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIntegrationTest {

    static final String PASSWORD = "Demo#2026";
    static final long SLOW_MILLIS = 4000;
    static final StubBackend backend = start();
    static final Path dataDir = tempDir();

    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final JsonMapper json = JsonMapper.builder().build();
    static final Map<String, String> tokens = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("CATALOG_URL", backend::url);
        registry.add("REQUEST_URL", backend::url);
        registry.add("STATS_URL", backend::url);
        registry.add("NOTIFICATION_URL", () -> "http://127.0.0.1:" + closedPort());
        registry.add("platform.data-dir", dataDir::toString);
        registry.add("resilience4j.timelimiter.configs.default.timeout-duration", () -> "1s");
        registry.add("RATE_LIMIT_COMMENT", () -> "3");
    }

    @AfterAll
    static void stopBackend() {
        backend.close();
    }

    @Test
    void tokenForEditorHealthCarriesContractClaimsAndVerifiesAgainstJwks() throws Exception {
        HttpResponse<String> response = login("editor.health", PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(3600);

        SignedJWT jwt = SignedJWT.parse(body.get("access_token").asString());
        HttpResponse<String> jwksResponse = get("/auth/jwks", null);
        assertThat(jwksResponse.statusCode()).isEqualTo(200);
        JWKSet jwks = JWKSet.parse(jwksResponse.body());
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("kid of the token is served in the JWKS").isNotNull();
        assertThat(key.isPrivate()).as("JWKS must not leak the private key").isFalse();
        assertThat(jwksResponse.body()).doesNotContain("\"d\"", "\"p\"", "\"q\"");
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("editor.health");
        assertThat(claims.getStringListClaim("roles")).containsExactly("AGENCY_EDITOR");
        assertThat(claims.getStringClaim("agency")).isEqualTo("city-health");
        assertThat(claims.getIssuer()).isEqualTo("http://localhost:8080/auth");
        assertThat(claims.getAudience()).containsExactly("disclosure-platform");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(3_600_000);

        Path keyFile = dataDir.resolve("signing-key.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(RSAKey.parse(Files.readString(keyFile)).getKeyID()).isEqualTo(key.getKeyID());
    }

    @Test
    void citizenTokenHasNoAgencyClaim() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(token("citizen1")).getJWTClaimsSet();
        assertThat(claims.getStringListClaim("roles")).containsExactly("CITIZEN");
        assertThat(claims.getClaim("agency")).isNull();
    }

    @Test
    void wrongPasswordIsRejectedWith401ProblemJson() throws Exception {
        HttpResponse<String> response = login("reviewer.edu", "wrong-password");
        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, 401);
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void repeatedFailedLoginsLockTheAccountEvenForTheRightPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(login("citizen2", "guess-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = login("citizen2", PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertProblem(locked, 429);
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 900L);
    }

    @Test
    void anonymousWriteIs401ProblemJsonAndNeverReachesTheService() throws Exception {
        String requestId = "anon-" + UUID.randomUUID();
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/catalog/publications"))
                .header("Content-Type", "application/json").header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"x\"}")));
        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue(requestId);
        assertThat(backend.received()).noneMatch(r -> requestId.equals(r.header("X-Request-Id")));
    }

    @Test
    void anonymousReadOfNonPublicApiIs401() throws Exception {
        HttpResponse<String> response = get("/api/requests?status=RECEIVED", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, 401);
    }

    @Test
    void authorizedWriteIsForwardedWithAuthorizationRequestIdAndTraceContext() throws Exception {
        String token = token("editor.health");
        String requestId = "req-" + UUID.randomUUID();
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/catalog/publications"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"x\"}")));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue(requestId);
        assertThat(response.headers().firstValue("X-RateLimit-Limit")).isPresent();
        assertThat(response.headers().firstValue("X-RateLimit-Remaining")).isPresent();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        StubBackend.Received forwarded = backend.received().stream()
                .filter(r -> requestId.equals(r.header("X-Request-Id"))).findFirst().orElseThrow();
        assertThat(forwarded.method()).isEqualTo("POST");
        assertThat(forwarded.uri()).isEqualTo("/api/catalog/publications");
        assertThat(forwarded.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(forwarded.header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    void anonymousReadOfPublicCatalogPassesThroughWithGeneratedRequestId() throws Exception {
        HttpResponse<String> response = get("/api/catalog/publications?q=budget", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/catalog/publications");
        String generated = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(backend.received()).anyMatch(r -> generated.equals(r.header("X-Request-Id"))
                && r.uri().equals("/api/catalog/publications?q=budget") && r.header("Authorization") == null);
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
    }

    @Test
    void deadServiceGivesQuick503ProblemFromTheFallback() throws Exception {
        Instant start = Instant.now();
        HttpResponse<String> response = get("/api/notifications/subscriptions", token("citizen1"));
        Duration took = Duration.between(start, Instant.now());
        assertThat(response.statusCode()).isEqualTo(503);
        assertProblem(response, 503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(json.readTree(response.body()).get("service").asString()).isEqualTo("notification");
        assertThat(json.readTree(response.body()).get("instance").asString()).isEqualTo("/api/notifications/subscriptions");
        // "unreachable", not "did not answer in time": the refused connection, not the 1 s time limiter, answered
        assertThat(response.body()).contains("unreachable");
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void slowServiceGives503AfterTheTimeLimiterTimeout() throws Exception {
        Instant start = Instant.now();
        HttpResponse<String> response = get("/api/stats/annual-reports/2025", null);
        Duration took = Duration.between(start, Instant.now());
        assertThat(response.statusCode()).isEqualTo(503);
        assertProblem(response, 503);
        assertThat(response.body()).contains("did not answer in time");
        assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofMillis(SLOW_MILLIS - 500));
    }

    @Test
    void consultationCommentsAreRateLimitedWith429AndRetryAfter() throws Exception {
        String token = token("citizen1");
        HttpResponse<String> last = null;
        for (int i = 0; i < 4; i++) {
            last = send(HttpRequest.newBuilder(uri("/api/catalog/consultations/c-1/comments"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"意见" + i + "\"}")));
            if (i < 3) {
                assertThat(last.statusCode()).isEqualTo(201);
                assertThat(last.headers().firstValue("X-RateLimit-Limit")).hasValue("3");
                assertThat(last.headers().firstValue("X-RateLimit-Remaining")).hasValue(Integer.toString(2 - i));
            }
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertProblem(last, 429);
        assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(last.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        assertThat(backend.received().stream().filter(r -> r.uri().startsWith("/api/catalog/consultations/")).count())
                .isEqualTo(3);
    }

    @Test
    void forgedOrStaleTokensAre401EvenOnPublicReads() throws Exception {
        RSAKey signingKey = RSAKey.parse(Files.readString(dataDir.resolve("signing-key.json")));
        Instant now = Instant.now();
        JWTClaimsSet valid = claims(now.minusSeconds(10), now.plusSeconds(600), "disclosure-platform",
                "http://localhost:8080/auth");
        // sanity: the same construction with good claims is accepted, so the rejections below are about the claims
        assertThat(get("/api/catalog/agencies", rs256(signingKey, valid)).statusCode()).isEqualTo(200);

        Map<String, String> attacks = Map.of(
                "expired", rs256(signingKey, claims(now.minusSeconds(3600), now.minusSeconds(120),
                        "disclosure-platform", "http://localhost:8080/auth")),
                "wrong audience", rs256(signingKey, claims(now, now.plusSeconds(600), "other-app",
                        "http://localhost:8080/auth")),
                "wrong issuer", rs256(signingKey, claims(now, now.plusSeconds(600), "disclosure-platform",
                        "https://evil.example/auth")),
                "HS256 keyed with the public key", hs256(signingKey, valid),
                "alg none", new PlainJWT(valid).serialize(),
                "tampered payload", tamper(rs256(signingKey, valid)));
        for (Map.Entry<String, String> attack : attacks.entrySet()) {
            HttpResponse<String> response = get("/api/catalog/agencies?attack=" + attack.getKey().replace(' ', '-'),
                    attack.getValue());
            assertThat(response.statusCode()).as(attack.getKey()).isEqualTo(401);
            assertProblem(response, 401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(attack.getKey())
                    .hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
        }
        assertThat(backend.received()).noneMatch(r -> r.uri().contains("attack="));
    }

    @Test
    void actuatorIsOpsOnlyExceptProbesAndScraping() throws Exception {
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        HttpResponse<String> prometheus = get("/actuator/prometheus", null);
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("application=\"gateway\"");
        assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/metrics", token("supervisor")).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/metrics", token("ops")).statusCode()).isEqualTo(200);
    }

    @Test
    void swaggerUiAggregatesServiceDocsAndThePortalIsServed() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs/catalog", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("stub-service");
        assertThat(backend.received()).anyMatch(r -> r.uri().equals("/v3/api-docs"));

        HttpResponse<String> config = get("/v3/api-docs/swagger-config", null);
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("/v3/api-docs/catalog", "/v3/api-docs/notification");
        HttpResponse<String> own = get("/v3/api-docs", null);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("/auth/token");

        HttpResponse<String> portal = get("/", null);
        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(portal.body()).contains("政府信息公开平台", "/swagger-ui.html");
    }

    // --- helpers ---

    private static JWTClaimsSet claims(Instant issued, Instant expires, String audience, String issuer) {
        return new JWTClaimsSet.Builder().subject("editor.health").issuer(issuer).audience(audience)
                .issueTime(Date.from(issued)).expirationTime(Date.from(expires)).jwtID(UUID.randomUUID().toString())
                .claim("roles", List.of("AGENCY_ADMIN")).claim("agency", "city-health").build();
    }

    private static String rs256(RSAKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String hs256(RSAKey key, JWTClaimsSet claims) throws Exception {
        byte[] secret = key.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    private static String tamper(String token) throws Exception {
        String[] parts = token.split("\\.");
        JWTClaimsSet original = SignedJWT.parse(token).getJWTClaimsSet();
        JWTClaimsSet elevated = new JWTClaimsSet.Builder(original).claim("roles", List.of("CITY_SUPERVISOR")).build();
        return parts[0] + "." + Base64URL.encode(elevated.toString()) + "." + parts[2];
    }

    private String token(String username) throws Exception {
        String cached = tokens.get(username);
        if (cached != null) {
            return cached;
        }
        HttpResponse<String> response = login(username, PASSWORD);
        assertThat(response.statusCode()).as("login " + username).isEqualTo(200);
        String token = json.readTree(response.body()).get("access_token").asString();
        tokens.put(username, token);
        return token;
    }

    private HttpResponse<String> login(String username, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri("/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return send(builder);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) throws Exception {
        return http.send(builder.timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }

    private static StubBackend start() {
        try {
            return new StubBackend(SLOW_MILLIS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("gateway-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
