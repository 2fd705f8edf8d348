package gov.disclosure.notification.delivery;

import gov.disclosure.notification.platform.BadRequestException;
import gov.disclosure.notification.platform.NotificationProperties;
import gov.disclosure.notification.subscription.Channel;
import gov.disclosure.notification.subscription.Subscription;
import gov.disclosure.notification.subscription.SubscriptionService;
import gov.disclosure.notification.subscription.WebhookTargetValidator;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One signed POST per attempt (Standard Webhooks). The target is re-validated before every call (DNS may have
 * changed), redirects are not followed, and a circuit breaker per target host stops one dead endpoint from tying up
 * the sender threads: while it is open, attempts fail fast and go back on the retry schedule.
 */
@Component
public class WebhookSender implements ChannelSender {
    private final HttpClient http;
    private final WebhookTargetValidator validator;
    private final SubscriptionService subscriptions;
    private final CircuitBreakerRegistry breakers;
    private final Duration readTimeout;
    private final Duration circuitOpenFor;
    private final Clock clock;

    public WebhookSender(WebhookTargetValidator validator, SubscriptionService subscriptions,
                         NotificationProperties props, Clock clock) {
        this.validator = validator;
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.readTimeout = props.webhooks().readTimeout();
        this.http = HttpClient.newBuilder().connectTimeout(props.webhooks().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        NotificationProperties.Delivery d = props.delivery();
        this.circuitOpenFor = d.circuitOpenFor();
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(d.circuitFailureRatePercent())
                .minimumNumberOfCalls(d.circuitMinimumCalls())
                .slidingWindowSize(Math.max(d.circuitMinimumCalls(), 20))
                .waitDurationInOpenState(d.circuitOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public AttemptResult send(Delivery delivery, Subscription subscription) {
        URI target;
        try {
            target = validator.validate(subscription.target());
        } catch (BadRequestException e) {
            return AttemptResult.failed("target refused: " + e.getMessage());
        }
        CircuitBreaker breaker = breakers.circuitBreaker(target.getHost() + ":" + target.getPort());
        if (!breaker.tryAcquirePermission()) {
            return AttemptResult.deferred("circuit open for " + target.getHost(), circuitOpenFor);
        }
        long timestamp = clock.instant().getEpochSecond();
        String body = delivery.payload();
        HttpRequest request = HttpRequest.newBuilder(target).timeout(readTimeout)
                .header("content-type", "application/json")
                .header("user-agent", "disclosure-notification-service")
                .header("webhook-id", delivery.id())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(delivery.id(), timestamp, body,
                        subscriptions.signingSecrets(subscription)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            long nanos = System.nanoTime() - start;
            int code = response.statusCode();
            if (code >= 500 || code == 429) {
                breaker.onError(nanos, TimeUnit.NANOSECONDS, new IOException("HTTP " + code));
            } else {
                breaker.onSuccess(nanos, TimeUnit.NANOSECONDS); // the host is healthy even if it refuses
            }
            boolean success = code >= 200 && code < 300;
            return new AttemptResult(success, code, TimeUnit.NANOSECONDS.toMillis(nanos),
                    success ? null : "HTTP " + code, code == 410, retryAfter(response));
        } catch (IOException e) {
            long nanos = System.nanoTime() - start;
            breaker.onError(nanos, TimeUnit.NANOSECONDS, e);
            return new AttemptResult(false, null, TimeUnit.NANOSECONDS.toMillis(nanos), e.toString(), false, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            breaker.releasePermission();
            return AttemptResult.failed("interrupted");
        }
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("retry-after").map(v -> {
            try {
                return Duration.ofSeconds(Math.min(Long.parseLong(v.trim()), 86_400));
            } catch (NumberFormatException e) {
                return null; // HTTP-date form: fall back to the schedule
            }
        }).orElse(null);
    }
}
