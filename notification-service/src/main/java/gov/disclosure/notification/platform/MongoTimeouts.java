package gov.disclosure.notification.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Fail fast when MongoDB is unreachable: the driver's defaults (30 s to find a server, no read timeout) would hold a
 * request far beyond the gateway's 10 s limit. With these, the caller gets 503 + Retry-After within seconds.
 */
@Configuration
public class MongoTimeouts {
    @Bean
    MongoClientSettingsBuilderCustomizer mongoClientTimeouts(
            @Value("${platform.mongodb.server-selection-timeout:3s}") Duration serverSelection,
            @Value("${platform.mongodb.connect-timeout:2s}") Duration connect,
            @Value("${platform.mongodb.read-timeout:8s}") Duration read) {
        return settings -> settings
                .applyToClusterSettings(c -> c.serverSelectionTimeout(serverSelection.toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(s -> s.connectTimeout((int) connect.toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout((int) read.toMillis(), TimeUnit.MILLISECONDS));
    }
}
