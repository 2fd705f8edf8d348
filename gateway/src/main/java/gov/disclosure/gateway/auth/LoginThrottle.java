package gov.disclosure.gateway.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts failed logins per account and per client address; too many within the window locks the key for the lockout
 * period. In memory: each gateway instance counts on its own (see docs; a shared store is needed for several
 * instances).
 */
public class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final DevIssuerProperties.Throttle config;
    private final Clock clock;
    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(DevIssuerProperties.Throttle config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Time left on a lock of either the account or the address, if any. */
    public Optional<Duration> lockedFor(String username, String ip) {
        Instant now = clock.instant();
        Duration account = remaining(accountKey(username), now);
        Duration address = remaining(ipKey(ip), now);
        Duration longest = account.compareTo(address) >= 0 ? account : address;
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    public void failed(String username, String ip) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(f -> f.expired(now, config));
        }
        record(accountKey(username), config.maxFailuresPerAccount(), now);
        record(ipKey(ip), config.maxFailuresPerIp(), now);
    }

    public void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private void record(String key, int max, Instant now) {
        failures.compute(key, (k, f) -> {
            Failures current = f == null || f.windowStart.plus(config.window()).isBefore(now) ? new Failures(now, 0, null) : f;
            int count = current.count + 1;
            Instant lockedUntil = count >= max ? now.plus(config.lockout()) : current.lockedUntil;
            return new Failures(current.windowStart, count, lockedUntil);
        });
    }

    private Duration remaining(String key, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.lockedUntil == null || !f.lockedUntil.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, f.lockedUntil);
    }

    private static String accountKey(String username) {
        return "u:" + username.toLowerCase();
    }

    private static String ipKey(String ip) {
        return "ip:" + ip;
    }

    private record Failures(Instant windowStart, int count, Instant lockedUntil) {
        boolean expired(Instant now, DevIssuerProperties.Throttle config) {
            boolean windowOver = windowStart.plus(config.window()).isBefore(now);
            boolean unlocked = lockedUntil == null || lockedUntil.isBefore(now);
            return windowOver && unlocked;
        }
    }
}
