package gov.disclosure.gateway.auth;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Development token issuer. Accounts carry only password hashes (BCrypt); they exist in the {@code local} and
 * {@code default} profiles only.
 */
@ConfigurationProperties("platform.dev-issuer")
public record DevIssuerProperties(
        boolean enabled,
        Duration tokenTtl,
        Map<String, Account> accounts,
        Throttle throttle) {

    public DevIssuerProperties {
        tokenTtl = tokenTtl == null ? Duration.ofHours(1) : tokenTtl;
        accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
        throttle = throttle == null ? new Throttle(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)) : throttle;
    }

    public record Account(String passwordHash, List<String> roles, String agency) {
        public Account {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /**
     * @param maxFailuresPerAccount failures within {@code window} that lock an account
     * @param maxFailuresPerIp failures within {@code window} that lock a client address
     */
    public record Throttle(int maxFailuresPerAccount, int maxFailuresPerIp, Duration window, Duration lockout) {
    }
}
