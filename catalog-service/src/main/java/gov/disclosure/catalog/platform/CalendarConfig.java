package gov.disclosure.catalog.platform;

import gov.disclosure.workingdays.WorkingDayCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The official working-day calendar (shared library), for the Art. 26 disclosure deadline. */
@Configuration
public class CalendarConfig {
    @Bean
    WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.bundled();
    }
}
