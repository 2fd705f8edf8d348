package gov.disclosure.catalog.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where tokens come from and what they must say (docs/conventions.md, Identity). */
@ConfigurationProperties("platform.security")
public record SecurityProperties(String jwkSetUri, String issuer, String audience) {
}
