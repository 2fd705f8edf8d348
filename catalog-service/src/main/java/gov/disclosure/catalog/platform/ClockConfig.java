package gov.disclosure.catalog.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** One clock for the service, in the city's time zone: dates such as {@code formedOn} are local dates there. */
@Configuration
public class ClockConfig {
    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(CITY_ZONE);
    }
}
