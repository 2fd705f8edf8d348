package gov.disclosure.request.handling;

import gov.disclosure.request.deadline.CalendarProvider;
import gov.disclosure.request.platform.ApiErrors;
import gov.disclosure.request.platform.Caller;
import gov.disclosure.workingdays.WorkingDayCalendar;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The working-day calendar in force; OPS or the city supervisor load a new State Council notice. */
@RestController
public class CalendarController {
    private final CalendarProvider calendar;
    private final CalendarUpdate update;

    public CalendarController(CalendarProvider calendar, CalendarUpdate update) {
        this.calendar = calendar;
        this.update = update;
    }

    @GetMapping("/api/requests/calendar")
    public Map<String, List<Integer>> years() {
        return Map.of("years", List.copyOf(calendar.get().years()));
    }

    @PutMapping(path = "/api/requests/calendar", consumes = "application/json")
    public CalendarUpdate.Result load(Authentication auth, @RequestBody String holidaysJson) {
        Caller caller = Caller.of(auth);
        if (!caller.has("OPS") && !caller.isSupervisor()) {
            throw new ApiErrors.Forbidden("Only operations or the city supervisor load holiday notices.");
        }
        WorkingDayCalendar next;
        try {
            next = WorkingDayCalendar.fromJson(new ByteArrayInputStream(holidaysJson.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            throw ApiErrors.Invalid.of("body", "must be cn-holidays.json: {\"2027\": {\"holidays\": [...], "
                    + "\"workdays\": [...]}}");
        }
        if (!next.years().containsAll(calendar.get().years())) {
            throw ApiErrors.Invalid.of("body", "must contain every year already loaded " + calendar.get().years()
                    + " (send the whole cn-holidays.json, not only the new year)");
        }
        return update.load(next, caller.sub());
    }
}
