package gov.disclosure.stats.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The live dashboard. {@code from}/{@code to} bound publications by publication day and requests by day of receipt;
 * the overdue and due-soon lists are live work lists and ignore the period.
 */
public record Dashboard(String agency, LocalDate from, LocalDate to, LocalDate today, Instant generatedAt,
                        Publications publications, Requests requests, Map<String, Long> deliveriesByStatus) {

    public record Publications(long total, Map<String, Long> byCategory, Map<String, Long> byMonth, long revoked,
                               Timeliness timeliness) {
    }

    /** Art. 26: published within 20 working days of formation; only records with a formation date count. */
    public record Timeliness(long withFormationDate, long within20WorkingDays, Double rate) {
    }

    public record Requests(long total, Map<String, Long> byStatus, Map<String, Long> byOutcome, long open,
                           long answered, long answeredOnTime, Double onTimeRate,
                           Double medianWorkingDaysToAnswer, Double medianCalendarDaysToAnswer, long appeals,
                           long overdueCount, List<WorkItem> overdue, List<WorkItem> dueSoon) {
    }

    public record WorkItem(String requestId, String trackingCode, String agencyCode, String status,
                           LocalDate receivedOn, LocalDate dueDate, long workingDaysLate) {
    }
}
