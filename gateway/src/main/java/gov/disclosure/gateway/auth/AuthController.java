package gov.disclosure.gateway.auth;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import gov.disclosure.gateway.platform.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@RestController
@Tag(name = "auth", description = "Development token issuer (local platform only)")
@ConditionalOnBooleanProperty("platform.dev-issuer.enabled")
public class AuthController {

    private static final Logger audit = LoggerFactory.getLogger("audit.login");

    private final DevIssuerProperties config;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final TokenIssuer issuer;
    private final SigningKeyStore keys;
    // Compared against when the user does not exist, so unknown names cost the same time as wrong passwords.
    private final String dummyHash;

    public AuthController(DevIssuerProperties config, PasswordEncoder passwords, LoginThrottle throttle,
            TokenIssuer issuer, SigningKeyStore keys) {
        this.config = config;
        this.passwords = passwords;
        this.throttle = throttle;
        this.issuer = issuer;
        this.keys = keys;
        this.dummyHash = passwords.encode(java.util.UUID.randomUUID().toString());
    }

    @Operation(summary = "Exchange username and password (form fields) for an RS256 access token")
    @PostMapping(path = "/auth/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public Mono<ResponseEntity<?>> token(ServerWebExchange exchange) {
        String ip = clientIp(exchange);
        return exchange.getFormData()
                // BCrypt is deliberately slow: keep it off the event loop.
                .publishOn(Schedulers.boundedElastic())
                .map(form -> login(form, ip, exchange));
    }

    @Operation(summary = "Public signing keys (JWK Set)")
    @GetMapping(path = "/auth/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> jwks() {
        return keys.publicJwkSet().toJSONObject(true);
    }

    private ResponseEntity<?> login(MultiValueMap<String, String> form, String ip, ServerWebExchange exchange) {
        String username = Optional.ofNullable(form.getFirst("username")).orElse("").trim();
        String password = Optional.ofNullable(form.getFirst("password")).orElse("");
        if (username.isEmpty() || password.isEmpty() || username.length() > 100 || password.length() > 200) {
            return problem(HttpStatus.BAD_REQUEST, "Bad request", "username and password are required", exchange);
        }
        Optional<Duration> locked = throttle.lockedFor(username, ip);
        if (locked.isPresent()) {
            audit.warn("login refused (locked) user={} ip={}", username, ip);
            long seconds = Math.max(1, locked.get().toSeconds());
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins",
                            "Too many failed logins; try again in " + seconds + " s", exchange));
        }
        DevIssuerProperties.Account account = config.accounts().get(username);
        boolean matches = passwords.matches(password, account == null ? dummyHash : account.passwordHash());
        if (account == null || !matches) {
            throttle.failed(username, ip);
            audit.warn("login failed user={} ip={}", username, ip);
            return problem(HttpStatus.UNAUTHORIZED, "Invalid credentials", "Wrong username or password", exchange);
        }
        throttle.succeeded(username);
        audit.info("login succeeded user={} ip={}", username, ip);
        TokenIssuer.IssuedToken token = issuer.issue(username, account.roles(), account.agency());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.PRAGMA, "no-cache")
                .body(new TokenResponse(token.value(), "Bearer", token.expiresInSeconds()));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
            ServerWebExchange exchange) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.problem(status, title, detail, exchange));
    }

    static String clientIp(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
