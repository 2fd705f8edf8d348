package gov.disclosure.request.deadline;

import gov.disclosure.workingdays.WorkingDayCalendar;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** The calendar in force; replaced at runtime when a new year's holiday notice is loaded. */
public class CalendarProvider implements Supplier<WorkingDayCalendar> {
    private final AtomicReference<WorkingDayCalendar> current;

    public CalendarProvider(WorkingDayCalendar initial) {
        this.current = new AtomicReference<>(initial);
    }

    @Override
    public WorkingDayCalendar get() {
        return current.get();
    }

    public void replace(WorkingDayCalendar calendar) {
        current.set(calendar);
    }
}
