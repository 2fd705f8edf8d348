package gov.disclosure.stats.readmodel;

import org.bson.Document;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The latest non-personal state of one application, enough to derive every count of annual-report table 三 and the
 * dashboard for any period.
 *
 * @param closedOn        the day handling ended: {@code respondedOn}, or the day it was first seen withdrawn/closed
 * @param overdueFlagged  request-service announced it overdue at least once
 * @param appeals         ids of appeal-recorded events (a set, so replays do not double count)
 */
public record RequestView(String id, String agencyCode, String trackingCode, String applicantType, String channel,
                          String status, LocalDate receivedOn, LocalDate dueDate, String outcome,
                          LocalDate respondedOn, LocalDate closedOn, long version, boolean overdueFlagged,
                          boolean extended, int appeals) {

    /** Statuses that end handling even without a formal response (counted under 三(六)3 其他). */
    public static final Set<String> CLOSED_STATUSES = Set.of("RESPONDED", "WITHDRAWN", "CLOSED", "TERMINATED");

    public boolean closed() {
        return closedOn != null;
    }

    public boolean closedBy(LocalDate day) {
        return closedOn != null && !closedOn.isAfter(day);
    }

    /** Open and past its due date on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return !closed() && dueDate != null && dueDate.isBefore(today);
    }

    public boolean answeredOnTime() {
        return respondedOn != null && dueDate != null && !respondedOn.isAfter(dueDate);
    }

    static RequestView from(Document d) {
        List<?> appeals = d.getList("appeals", Object.class);
        return new RequestView(d.getString("_id"), d.getString("agencyCode"), d.getString("trackingCode"),
                d.getString("applicantType"), d.getString("channel"), d.getString("status"),
                Dates.date(d, "receivedOn"), Dates.date(d, "dueDate"), d.getString("outcome"),
                Dates.date(d, "respondedOn"), Dates.date(d, "closedOn"), ((Number) d.get("version")).longValue(),
                Boolean.TRUE.equals(d.getBoolean("overdueFlagged")), Boolean.TRUE.equals(d.getBoolean("extended")),
                appeals == null ? 0 : appeals.size());
    }
}
