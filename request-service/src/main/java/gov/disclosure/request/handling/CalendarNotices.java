package gov.disclosure.request.handling;

import gov.disclosure.request.deadline.CalendarProvider;
import gov.disclosure.workingdays.WorkingDayCalendar;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Holiday notices loaded at runtime, kept in MongoDB ({@code calendar_notices}, one document per load) so that a
 * restart, or another instance, lays them over the bundled calendar in the order they were loaded.
 */
@Component
public class CalendarNotices implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(CalendarNotices.class);
    private static final String COLLECTION = "calendar_notices";
    private final MongoTemplate mongo;
    private final CalendarProvider calendar;

    public CalendarNotices(MongoTemplate mongo, CalendarProvider calendar) {
        this.mongo = mongo;
        this.calendar = calendar;
    }

    /** Stores the notice as loaded (its JSON), before the calendar in force changes. */
    public void remember(String json, String actor, Instant at) {
        mongo.insert(new Document("json", json).append("loadedBy", actor).append("loadedAt", at.toString()),
                COLLECTION);
    }

    @Override
    public void run(ApplicationArguments args) {
        WorkingDayCalendar merged = WorkingDayCalendar.bundled();
        int applied = 0;
        for (Document notice : mongo.getCollection(COLLECTION).find().sort(new Document("loadedAt", 1))) {
            try {
                merged = merged.with(WorkingDayCalendar.fromJson(new ByteArrayInputStream(
                        notice.getString("json").getBytes(StandardCharsets.UTF_8))));
                applied++;
            } catch (IOException | RuntimeException e) {
                log.warn("skipping an unreadable stored holiday notice {}: {}", notice.get("_id"), e.toString());
            }
        }
        if (applied > 0) {
            calendar.replace(merged);
            log.info("{} stored holiday notice(s) laid over the bundled calendar: years {}", applied, merged.years());
        }
    }
}
