package gov.disclosure.notification.delivery;

import java.time.Instant;

/** One try: when, what the target answered (null when no HTTP answer), how long it took, what went wrong. */
public record Attempt(int number, Instant at, Integer statusCode, long latencyMs, String error) {
}
