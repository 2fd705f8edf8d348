package gov.disclosure.request.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("platform.security")
public record SecurityProperties(String jwkSetUri, String issuer, String audience) {
}
