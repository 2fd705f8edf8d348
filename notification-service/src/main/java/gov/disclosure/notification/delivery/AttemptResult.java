package gov.disclosure.notification.delivery;

import java.time.Duration;

/**
 * The outcome of one try.
 *
 * @param retryAfter the target's {@code Retry-After}, honoured when longer than the schedule's delay
 * @param deferred   nothing was tried (the target's circuit is open): try again later without using up an attempt
 */
public record AttemptResult(boolean success, Integer statusCode, long latencyMs, String error, boolean gone,
                            Duration retryAfter, boolean deferred) {
    public AttemptResult(boolean success, Integer statusCode, long latencyMs, String error, boolean gone,
                         Duration retryAfter) {
        this(success, statusCode, latencyMs, error, gone, retryAfter, false);
    }

    public static AttemptResult failed(String error) {
        return new AttemptResult(false, null, 0, error, false, null);
    }

    public static AttemptResult deferred(String why, Duration retryAfter) {
        return new AttemptResult(false, null, 0, why, false, retryAfter, true);
    }
}
