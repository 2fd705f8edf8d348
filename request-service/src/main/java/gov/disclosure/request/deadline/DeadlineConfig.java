package gov.disclosure.request.deadline;

import gov.disclosure.workingdays.WorkingDayCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class DeadlineConfig {
    @Bean
    CalendarProvider calendarProvider() {
        return new CalendarProvider(WorkingDayCalendar.bundled());
    }

    @Bean
    StatutoryDeadlines statutoryDeadlines(CalendarProvider calendar) {
        return new StatutoryDeadlines(calendar);
    }
}
