package gov.disclosure.gateway.resilience;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

import java.net.URI;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import gov.disclosure.gateway.platform.Problems;
import gov.disclosure.gateway.platform.RequestIdFilter;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.swagger.v3.oas.annotations.Hidden;

/** Target of every route's circuit-breaker {@code fallbackUri}: a problem+json 503, never a plain 200. */
@Hidden
@RestController
public class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);
    private static final Pattern SERVICE = Pattern.compile("[a-z-]{1,40}");

    private final long retryAfterSeconds;

    public FallbackController(@Value("${platform.fallback.retry-after-seconds:5}") long retryAfterSeconds) {
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @RequestMapping("/fallback/{service}")
    public ResponseEntity<ProblemDetail> fallback(@PathVariable String service, ServerWebExchange exchange) {
        String name = SERVICE.matcher(service).matches() ? service : "service";
        Throwable cause = unwrap(exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR));
        String reason;
        if (cause instanceof TimeoutException) {
            reason = "did not answer in time";
        } else if (cause instanceof CallNotPermittedException) {
            reason = "is failing; its circuit breaker is open";
        } else {
            reason = "is unreachable";
        }
        log.warn("fallback for {}: {} ({})", name, reason, cause == null ? "no cause" : cause.toString());
        ProblemDetail problem = Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                "The " + name + " service " + reason + ". Please retry later.", exchange);
        problem.setProperty("service", name);
        // the caller asked for the service's path, not for /fallback/...
        String originalPath = exchange.getAttribute(RequestIdFilter.ORIGINAL_PATH);
        if (originalPath != null) {
            problem.setInstance(URI.create(originalPath));
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    // Resilience4j 2.4 with the Spring Cloud factory wraps the real cause in an ExecutionException.
    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while (current instanceof ExecutionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
