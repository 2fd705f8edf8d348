package gov.disclosure.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import gov.disclosure.gateway.platform.Problems;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import reactor.core.publisher.Mono;

/**
 * Per-key Resilience4j rate limiters kept in this JVM's memory. Runs after Spring Security (order -100) so that the
 * authenticated user, when any, is the key; anonymous callers are keyed by client address.
 */
@Component
@Order(-50)
@ConditionalOnBooleanProperty(name = "platform.rate-limit.enabled", matchIfMissing = true)
public class RateLimitFilter implements WebFilter {

    static final String LIMIT = "X-RateLimit-Limit";
    static final String REMAINING = "X-RateLimit-Remaining";

    private final RateLimitProperties properties;
    private final List<CompiledRule> rules;
    private final ConcurrentMap<String, Tracked> limiters = new ConcurrentHashMap<>();

    public RateLimitFilter(RateLimitProperties properties) {
        this.properties = properties;
        PathPatternParser parser = PathPatternParser.defaultInstance;
        this.rules = properties.rules().stream()
                .map(r -> new CompiledRule(r.name(), r.method(), parser.parse(r.path()), r.limit()))
                .toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!path.startsWith("/api/") && !path.startsWith("/auth/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(p -> Optional.of(p))
                .defaultIfEmpty(Optional.empty())
                .flatMap(principal -> limit(exchange, chain, principal));
    }

    private Mono<Void> limit(ServerWebExchange exchange, WebFilterChain chain, Optional<Principal> principal) {
        String key = principal.map(p -> "user:" + p.getName()).orElseGet(() -> "ip:" + clientIp(exchange));
        int generalLimit = principal.isPresent() ? properties.perUser() : properties.anonymousPerIp();
        RateLimiter limiter = limiter("general|" + key, generalLimit);
        if (!limiter.acquirePermission()) {
            return reject(exchange, limiter, generalLimit);
        }
        int shownLimit = generalLimit;
        RateLimiter shown = limiter;
        Optional<CompiledRule> rule = matchingRule(exchange.getRequest());
        if (rule.isPresent()) {
            RateLimiter strict = limiter(rule.get().name() + "|" + key, rule.get().limit());
            if (!strict.acquirePermission()) {
                return reject(exchange, strict, rule.get().limit());
            }
            shown = strict;
            shownLimit = rule.get().limit();
        }
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set(LIMIT, Integer.toString(shownLimit));
        headers.set(REMAINING, Integer.toString(Math.max(0, shown.getMetrics().getAvailablePermissions())));
        return chain.filter(exchange);
    }

    private Optional<CompiledRule> matchingRule(ServerHttpRequest request) {
        PathContainer path = request.getPath().pathWithinApplication();
        String method = request.getMethod().name();
        return rules.stream()
                .filter(r -> r.method() == null || r.method().equalsIgnoreCase(method))
                .filter(r -> r.pattern().matches(path))
                .findFirst();
    }

    private Mono<Void> reject(ServerWebExchange exchange, RateLimiter limiter, int limit) {
        long nanos = limiter instanceof AtomicRateLimiter atomic ? atomic.getDetailedMetrics().getNanosToWait()
                : properties.period().toNanos();
        long seconds = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        headers.set(LIMIT, Integer.toString(limit));
        headers.set(REMAINING, "0");
        return Problems.write(exchange, Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                "Rate limit exceeded; retry in " + seconds + " s", exchange));
    }

    private RateLimiter limiter(String key, int limit) {
        long now = System.nanoTime();
        if (limiters.size() > properties.maxTrackedKeys()) {
            evictIdle(now);
        }
        Tracked tracked = limiters.computeIfAbsent(key, k -> new Tracked(RateLimiter.of(k, RateLimiterConfig.custom()
                .limitForPeriod(limit)
                .limitRefreshPeriod(properties.period())
                .timeoutDuration(Duration.ZERO)
                .build())));
        tracked.lastUsed = now;
        return tracked.limiter;
    }

    // A limiter idle for two periods is back at full budget, so forgetting it changes nothing.
    private void evictIdle(long now) {
        long idle = properties.period().multipliedBy(2).toNanos();
        limiters.values().removeIf(t -> now - t.lastUsed > idle);
    }

    private static String clientIp(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    private record CompiledRule(String name, String method, PathPattern pattern, int limit) {
    }

    private static final class Tracked {
        final RateLimiter limiter;
        volatile long lastUsed;

        Tracked(RateLimiter limiter) {
            this.limiter = limiter;
        }
    }
}
