package gov.disclosure.request.handling;

import gov.disclosure.request.deadline.CalendarProvider;
import gov.disclosure.request.deadline.Deadline;
import gov.disclosure.request.deadline.StatutoryDeadlines;
import gov.disclosure.workingdays.WorkingDayCalendar;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Loads a new holiday notice (cn-holidays.json format) at runtime and recomputes every open request's due date,
 * recording each change in its timeline (issue 4 "Deadline engine").
 */
@Service
public class CalendarUpdate {
    private final CalendarProvider calendar;
    private final StatutoryDeadlines deadlines;
    private final MongoTemplate mongo;
    private final RequestRepository repository;
    private final Clock clock;

    public CalendarUpdate(CalendarProvider calendar, StatutoryDeadlines deadlines, MongoTemplate mongo,
                          RequestRepository repository, Clock clock) {
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.mongo = mongo;
        this.repository = repository;
        this.clock = clock;
    }

    public record Change(String requestId, LocalDate from, LocalDate to, boolean provisional) {
    }

    public record Result(List<Integer> years, int openRequests, List<Change> changed) {
    }

    public Result load(WorkingDayCalendar next, String actor) {
        calendar.replace(next);
        List<InfoRequest> open = mongo.find(new Query(Criteria.where("status").in(Status.openNames())),
                InfoRequest.class);
        List<Change> changed = new ArrayList<>();
        for (InfoRequest r : open) {
            Change c = recompute(r, next, actor);
            if (c == null) {
                // changed concurrently: reload once and try again
                c = repository.findById(r.id()).map(fresh -> recompute(fresh, next, actor)).orElse(null);
            }
            if (c != null && !c.requestId().isEmpty()) {
                changed.add(c);
            }
        }
        return new Result(List.copyOf(next.years()), open.size(), changed);
    }

    /** @return the change, an empty-id marker when nothing changed, or null on a concurrent update */
    private Change recompute(InfoRequest r, WorkingDayCalendar next, String actor) {
        Deadline d = deadlines.compute(r.clockFacts());
        if (Objects.equals(d.dueDate(), r.dueDate()) && d.provisional() == r.dueDateProvisional()) {
            return new Change("", null, null, false);
        }
        LocalDate before = r.dueDate();
        r.applyDeadline(d);
        r.log(clock.instant(), "DEADLINE_RECOMPUTED", actor, "Holiday notices for " + next.years()
                + " loaded: due date " + before + " → " + d.dueDate() + (d.provisional() ? " (provisional)" : ""));
        try {
            repository.save(r);
            return new Change(r.id(), before, d.dueDate(), d.provisional());
        } catch (OptimisticLockingFailureException e) {
            return null;
        }
    }
}
