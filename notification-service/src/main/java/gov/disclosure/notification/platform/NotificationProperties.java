package gov.disclosure.notification.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * All {@code notification.*} settings.
 *
 * @param publicBaseUrl where e-mail links point (the gateway in production)
 */
@ConfigurationProperties("notification")
public record NotificationProperties(
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue Webhooks webhooks,
        @DefaultValue Delivery delivery,
        @DefaultValue Secrets secrets,
        @DefaultValue Mail mail) {

    /**
     * @param allowHttp           plain http targets (only for the local profile and tests)
     * @param allowPrivateTargets loopback/private/link-local targets (SSRF guard off; local profile and tests only)
     * @param secretRotationOverlap how long the previous secret keeps signing after a rotation
     */
    public record Webhooks(
            @DefaultValue("false") boolean allowHttp,
            @DefaultValue("false") boolean allowPrivateTargets,
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("15s") Duration readTimeout,
            @DefaultValue("24h") Duration secretRotationOverlap) {
    }

    /**
     * @param retrySchedule delays after the 1st, 2nd, ... failed attempt; one attempt more than delays, then dead letter
     * @param jitter        random fraction added to each delay so retries of many deliveries do not align
     * @param lease         how long a claimed delivery stays claimed (longer than connect + read timeout)
     */
    public record Delivery(
            @DefaultValue({"5s", "5m", "30m", "2h", "5h", "10h", "10h"}) List<Duration> retrySchedule,
            @DefaultValue("0.1") double jitter,
            @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("60s") Duration lease,
            @DefaultValue("50") int batchSize,
            @DefaultValue("8") int senderThreads,
            @DefaultValue("50") int circuitFailureRatePercent,
            @DefaultValue("10") int circuitMinimumCalls,
            @DefaultValue("60s") Duration circuitOpenFor) {
        public int maxAttempts() {
            return retrySchedule.size() + 1;
        }
    }

    /** @param key base64 AES-256 key that encrypts webhook secrets at rest */
    public record Secrets(@DefaultValue("ZGV2ZWxvcG1lbnQta2V5LW9ubHktY2hhbmdlLW1lISE=") String key) {
    }

    public record Mail(@DefaultValue("信息公开平台 <noreply@disclosure.gov.example>") String from) {
    }
}
