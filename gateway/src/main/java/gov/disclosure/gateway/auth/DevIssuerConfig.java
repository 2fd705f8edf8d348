package gov.disclosure.gateway.auth;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import gov.disclosure.gateway.platform.SecurityProperties;

@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("platform.dev-issuer.enabled")
public class DevIssuerConfig {

    @Bean
    SigningKeyStore signingKeyStore(@Value("${platform.data-dir}") Path dataDir) {
        return new SigningKeyStore(dataDir);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    LoginThrottle loginThrottle(DevIssuerProperties config) {
        return new LoginThrottle(config.throttle(), Clock.systemUTC());
    }

    @Bean
    TokenIssuer tokenIssuer(SigningKeyStore keys, SecurityProperties security, DevIssuerProperties config) {
        return new TokenIssuer(keys, security, config, Clock.systemUTC());
    }
}
