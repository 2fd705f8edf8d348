package gov.disclosure.gateway.ratelimit;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * In-memory limits ({@code platform.rate-limit.*}): a general budget per client address (anonymous) or per user
 * (authenticated), plus stricter budgets for expensive or abusable endpoints, all counted per period.
 */
@ConfigurationProperties("platform.rate-limit")
public record RateLimitProperties(
        boolean enabled,
        Duration period,
        int anonymousPerIp,
        int perUser,
        int maxTrackedKeys,
        List<Rule> rules) {

    public RateLimitProperties {
        period = period == null ? Duration.ofMinutes(1) : period;
        anonymousPerIp = anonymousPerIp <= 0 ? 300 : anonymousPerIp;
        perUser = perUser <= 0 ? 600 : perUser;
        maxTrackedKeys = maxTrackedKeys <= 0 ? 50_000 : maxTrackedKeys;
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** @param path a Spring path pattern, e.g. {@code /api/catalog/consultations/**} */
    public record Rule(String name, String method, String path, int limit) {
    }
}
