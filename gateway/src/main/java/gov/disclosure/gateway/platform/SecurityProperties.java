package gov.disclosure.gateway.platform;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token validation settings shared with every service ({@code platform.security.*}), plus the gateway's CORS origins.
 */
@ConfigurationProperties("platform.security")
public record SecurityProperties(
        String jwkSetUri,
        String issuer,
        String audience,
        Duration clockSkew,
        List<String> corsAllowedOrigins) {

    public SecurityProperties {
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : List.copyOf(corsAllowedOrigins);
    }
}
