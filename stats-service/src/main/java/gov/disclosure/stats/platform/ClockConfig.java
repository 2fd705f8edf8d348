package gov.disclosure.stats.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;
import gov.disclosure.workingdays.WorkingDayCalendar;

/** Statistical days are the city's calendar days (Asia/Shanghai), not UTC days. */
@Configuration
public class ClockConfig {
    @Bean
    Clock clock(@Value("${stats.zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

    @Bean
    WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.bundled();
    }
}
