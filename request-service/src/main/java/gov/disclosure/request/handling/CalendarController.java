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

/** The working-day calendar in force; operations load a new State Council notice (added to, not replacing, the rest). */
@RestController
public class CalendarController {
    private final CalendarProvider calendar;
    private final CalendarUpdate update;
    private final CalendarNotices notices;

    public CalendarController(CalendarProvider calendar, CalendarUpdate update, CalendarNotices notices) {
        this.calendar = calendar;
        this.update = update;
        this.notices = notices;
    }

    @GetMapping("/api/requests/calendar")
    public Map<String, List<Integer>> years() {
        return Map.of("years", List.copyOf(calendar.get().years()));
    }

    @PutMapping(path = "/api/requests/calendar", consumes = "application/json")
    public CalendarUpdate.Result load(Authentication auth, @RequestBody String holidaysJson) {
        Caller caller = Caller.of(auth);
        // the supervisor reads everything but edits nothing (contract): loading a notice is operations' job
        if (!caller.has("OPS")) {
            throw new ApiErrors.Forbidden("Only operations load holiday notices.");
        }
        WorkingDayCalendar next;
        try {
            next = WorkingDayCalendar.fromJson(new ByteArrayInputStream(holidaysJson.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            throw ApiErrors.Invalid.of("body", "must be cn-holidays.json: {\"2027\": {\"holidays\": [...], "
                    + "\"workdays\": [...]}}");
        }
        // years in the notice replace those years; every other loaded year stays (a new year's notice is enough)
        notices.remember(holidaysJson, caller.sub(), java.time.Instant.now());
        return update.load(calendar.get().with(next), caller.sub());
    }
}
