package gov.disclosure.request.handling;

import gov.disclosure.contracts.EventTypes;
import gov.disclosure.request.deadline.StatutoryDeadlines;
import gov.disclosure.request.platform.OutboxRelay;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * due-soon (5 and 2 working days before) and overdue events. Each alert is claimed by a key in the document
 * ({@code DUE_SOON_5@2026-03-19}) written by the same version-guarded save as its outbox event: of two instances
 * sweeping at once, one save wins and the other gets a stale-version failure and emits nothing. Keys include the due
 * date, so an extension re-arms the alerts for the new date. Persisted, so a restart neither loses nor repeats them.
 */
@Service
public class DeadlineAlerts {
    static final List<Integer> DUE_SOON_DAYS = List.of(5, 2);

    private final MongoTemplate mongo;
    private final RequestRepository repository;
    private final StatutoryDeadlines deadlines;
    private final RequestEvents events;
    private final OutboxRelay relay;
    private final Clock clock;

    public DeadlineAlerts(MongoTemplate mongo, RequestRepository repository, StatutoryDeadlines deadlines,
                          RequestEvents events, OutboxRelay relay, Clock clock) {
        this.mongo = mongo;
        this.repository = repository;
        this.deadlines = deadlines;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    /** @return how many alerts this sweep emitted */
    public int sweep() {
        LocalDate today = LocalDate.now(clock);
        // 5 working days never span more than ~3 weeks, even across the Spring Festival
        Query q = new Query(Criteria.where("status").in(List.of(Status.RECEIVED.name(), Status.IN_PROGRESS.name(),
                Status.EXTENDED.name())).and("dueDate").lte(today.plusDays(21)));
        int emitted = 0;
        for (InfoRequest r : mongo.find(q, InfoRequest.class)) {
            emitted += alert(r, today);
        }
        Query abandoned = new Query(Criteria.where("status").is(Status.CORRECTION_REQUESTED.name())
                .and("correction.dueOn").lt(today));
        for (InfoRequest r : mongo.find(abandoned, InfoRequest.class)) {
            emitted += close(r, today, "OTHER_NO_CORRECTION", "No correction was supplied by "
                    + r.correction().dueOn() + "; the application is deemed abandoned (Art. 30).", "Art. 30");
        }
        Query unpaid = new Query(Criteria.where("status").is(Status.FEE_NOTIFIED.name()).and("fee.payBy").lt(today));
        for (InfoRequest r : mongo.find(unpaid, InfoRequest.class)) {
            emitted += close(r, today, "OTHER_FEE_UNPAID", "The fee notified on " + r.fee().notifiedOn()
                    + " was not paid by " + r.fee().payBy() + "; the application is no longer processed.",
                    "Art. 42; 国办函〔2020〕109号");
        }
        if (emitted > 0) {
            relay.wake();
        }
        return emitted;
    }

    /** Annual-report rows (六)1 and (六)2: the applicant did not act in time, so processing stops. */
    private int close(InfoRequest r, LocalDate today, String outcome, String reason, String legalBasis) {
        Instant now = clock.instant();
        r.setResponse(new Records.Response(outcome, reason, legalBasis, List.of(), List.of(), null, today,
                "system"));
        r.moveTo(Status.CLOSED);
        r.log(now, "CLOSED", "system", reason);
        events.append(r, EventTypes.REQUEST_RESPONDED, now);
        try {
            repository.save(r);
            return 1;
        } catch (OptimisticLockingFailureException e) {
            return 0; // e.g. the correction or payment arrived at this very moment
        }
    }

    private int alert(InfoRequest r, LocalDate today) {
        LocalDate due = r.dueDate();
        int left = deadlines.workingDaysLeft(today, due);
        String key;
        String type;
        if (today.isAfter(due)) {
            key = "OVERDUE@" + due;
            type = EventTypes.REQUEST_OVERDUE;
        } else {
            Integer threshold = DUE_SOON_DAYS.stream().filter(d -> left <= d).reduce((a, b) -> b).orElse(null);
            if (threshold == null) {
                return 0;
            }
            key = "DUE_SOON_" + threshold + "@" + due;
            type = EventTypes.REQUEST_DUE_SOON;
        }
        if (r.alertSent(key)) {
            return 0;
        }
        Instant now = clock.instant();
        r.markAlert(key);
        r.log(now, type.substring(type.lastIndexOf('.') + 1).toUpperCase(), "system",
                today.isAfter(due) ? "Reply deadline " + due + " has passed (Art. 33)"
                        : left + " working days left until " + due);
        events.append(r, type, now);
        try {
            repository.save(r);
            return 1;
        } catch (OptimisticLockingFailureException e) {
            return 0; // another instance (or a staff action) changed it first; the next sweep re-evaluates
        }
    }
}
