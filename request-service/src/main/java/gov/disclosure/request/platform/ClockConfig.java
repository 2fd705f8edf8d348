package gov.disclosure.request.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** Statutory days are Beijing calendar days, whatever the server's time zone. */
@Configuration
public class ClockConfig {
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(BEIJING);
    }
}
