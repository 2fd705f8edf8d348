package gov.disclosure.stats.dashboard;

import gov.disclosure.stats.readmodel.PublicationView;
import gov.disclosure.stats.readmodel.ReadModels;
import gov.disclosure.stats.readmodel.RequestView;
import gov.disclosure.workingdays.WorkingDayCalendar;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Derives every dashboard figure from the latest-state read models (nothing is incremented, so replays are safe). */
@Service
public class DashboardService {
    static final int DUE_SOON_WORKING_DAYS = 3;
    static final int PROACTIVE_LIMIT_WORKING_DAYS = 20;

    private final ReadModels readModels;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public DashboardService(ReadModels readModels, WorkingDayCalendar calendar, Clock clock) {
        this.readModels = readModels;
        this.calendar = calendar;
        this.clock = clock;
    }

    public Dashboard dashboard(String agency, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
        LocalDate today = LocalDate.now(clock);
        List<PublicationView> pubs = readModels.publications(agency).stream()
                .filter(p -> within(p.publishedOn(), from, to)).toList();
        List<RequestView> allRequests = readModels.requests(agency);
        List<RequestView> reqs = allRequests.stream().filter(r -> within(r.receivedOn(), from, to)).toList();
        Map<String, Long> deliveries = readModels.deliveries(agency).stream()
                .collect(Collectors.groupingBy(d -> d.status(), TreeMap::new, Collectors.counting()));
        return new Dashboard(agency, from, to, today, Instant.now(clock), publications(pubs),
                requests(reqs, allRequests, today), deliveries);
    }

    private Dashboard.Publications publications(List<PublicationView> pubs) {
        Map<String, Long> byCategory = count(pubs.stream().filter(p -> !p.revoked()).toList(), PublicationView::category);
        Map<String, Long> byMonth = count(pubs.stream().filter(p -> p.publishedOn() != null && !p.revoked()).toList(),
                p -> YearMonth.from(p.publishedOn()).toString());
        List<PublicationView> withFormation = pubs.stream()
                .filter(p -> p.formedOn() != null && p.publishedOn() != null).toList();
        long timely = withFormation.stream().filter(p -> calendar.workingDaysBetween(p.formedOn(), p.publishedOn())
                <= PROACTIVE_LIMIT_WORKING_DAYS).count();
        return new Dashboard.Publications(pubs.stream().filter(p -> !p.revoked()).count(), byCategory, byMonth,
                pubs.stream().filter(PublicationView::revoked).count(),
                new Dashboard.Timeliness(withFormation.size(), timely, ratio(timely, withFormation.size())));
    }

    private Dashboard.Requests requests(List<RequestView> reqs, List<RequestView> all, LocalDate today) {
        List<RequestView> answered = reqs.stream().filter(r -> r.respondedOn() != null && r.receivedOn() != null)
                .toList();
        long onTime = answered.stream().filter(RequestView::answeredOnTime).count();
        long withDue = answered.stream().filter(r -> r.dueDate() != null).count();
        List<Dashboard.WorkItem> overdue = all.stream().filter(r -> r.overdueOn(today))
                .sorted(Comparator.comparing(RequestView::dueDate))
                .map(r -> item(r, calendar.workingDaysBetween(r.dueDate(), today))).toList();
        LocalDate soonLimit = calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS).end();
        List<Dashboard.WorkItem> dueSoon = all.stream()
                .filter(r -> !r.closed() && r.dueDate() != null && !r.dueDate().isBefore(today)
                        && !r.dueDate().isAfter(soonLimit))
                .sorted(Comparator.comparing(RequestView::dueDate)).map(r -> item(r, 0)).toList();
        return new Dashboard.Requests(reqs.size(), count(reqs, RequestView::status),
                count(reqs.stream().filter(r -> r.outcome() != null).toList(), RequestView::outcome),
                reqs.stream().filter(r -> !r.closed()).count(), answered.size(), onTime, ratio(onTime, withDue),
                median(answered.stream().map(r -> (double) calendar.workingDaysBetween(r.receivedOn(), r.respondedOn()))
                        .toList()),
                median(answered.stream().map(r -> (double) ChronoUnit.DAYS.between(r.receivedOn(), r.respondedOn()))
                        .toList()),
                reqs.stream().mapToLong(RequestView::appeals).sum(), overdue.size(), overdue, dueSoon);
    }

    private static Dashboard.WorkItem item(RequestView r, long late) {
        return new Dashboard.WorkItem(r.id(), r.trackingCode(), r.agencyCode(), r.status(), r.receivedOn(),
                r.dueDate(), late);
    }

    static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        if (day == null) {
            return from == null && to == null;
        }
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private static <T> Map<String, Long> count(List<T> items, Function<T, String> key) {
        return items.stream().filter(i -> key.apply(i) != null)
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    static Double ratio(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
