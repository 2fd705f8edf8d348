package gov.disclosure.request.handling;

import gov.disclosure.request.platform.ApiErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing of verification codes: after {@code maxFailures} wrong codes for one tracking code or from one
 * client address within the window, further attempts get 429 until the window passes. In memory, per instance.
 */
@Component
public class TrackingThrottle {
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    public TrackingThrottle(@Value("${platform.tracking.max-failures:5}") int maxFailures,
                            @Value("${platform.tracking.window:PT10M}") Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    private record Failures(Instant since, int count) {
    }

    public void checkAllowed(String trackingCode, String client) {
        check("code:" + trackingCode);
        check("client:" + client);
    }

    public void recordFailure(String trackingCode, String client) {
        bump("code:" + trackingCode);
        bump("client:" + client);
        if (failures.size() > 100_000) {
            Instant now = clock.instant();
            failures.values().removeIf(f -> f.since().plus(window).isBefore(now)); // bound memory
        }
    }

    private void check(String key) {
        Failures f = failures.get(key);
        Instant now = clock.instant();
        if (f != null && f.count() >= maxFailures && f.since().plus(window).isAfter(now)) {
            throw new ApiErrors.TooManyRequests(Math.max(1, Duration.between(now, f.since().plus(window))
                    .toSeconds()));
        }
    }

    private void bump(String key) {
        Instant now = clock.instant();
        failures.compute(key, (k, f) -> f == null || f.since().plus(window).isBefore(now)
                ? new Failures(now, 1) : new Failures(f.since(), f.count() + 1));
    }
}
