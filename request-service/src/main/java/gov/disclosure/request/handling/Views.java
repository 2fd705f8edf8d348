package gov.disclosure.request.handling;

import gov.disclosure.request.deadline.Deadline;
import gov.disclosure.request.handling.Records.Appeal;
import gov.disclosure.request.handling.Records.Consultation;
import gov.disclosure.request.handling.Records.Correction;
import gov.disclosure.request.handling.Records.Extension;
import gov.disclosure.request.handling.Records.Response;
import gov.disclosure.request.handling.Records.TimelineEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Response bodies. Personal data only ever appears masked. */
public final class Views {
    private Views() {
    }

    /** 201 body of POST /api/requests; the verification code is shown to the filer only (and on an idempotent repeat). */
    public record Filed(String id, String trackingCode, String verificationCode, String status, LocalDate receivedOn,
                        LocalDate dueDate, boolean dueDateProvisional, Instant submittedAt, LocalDate confirmedOn,
                        String agencyCode, String channel, List<String> possibleDuplicateOf, long version) {
    }

    public record ApplicantView(String name, String idType, String idNumber, String phone, String email,
                                String address, String creditCode, String contactPerson) {
    }

    /** Who must act next and how many working days they have left (negative once late). */
    public record NextActor(String actor, LocalDate actBy, Integer workingDaysLeft) {
    }

    public record Detail(String id, String trackingCode, String agencyCode, String applicantType,
                         String applicantAccount, String registeredBy, ApplicantView applicant, String description,
                         String purpose, String form, String delivery, String channel, Instant submittedAt,
                         LocalDate confirmedOn, LocalDate receivedOn, String status, LocalDate dueDate,
                         boolean dueDateProvisional, boolean overdue, LocalDate correctionNoticeLatest,
                         NextActor nextActor, Correction correction, List<Consultation> consultations,
                         Extension extension, Records.FeeNotice fee, Response response, LocalDate respondedOn, List<Appeal> appeals,
                         List<TimelineEntry> timeline, List<String> possibleDuplicateOf, String refiledFrom,
                         String refiledAs, long version) {
    }

    public record Item(String id, String trackingCode, String agencyCode, String applicantType, String channel,
                       String status, LocalDate receivedOn, LocalDate dueDate, boolean dueDateProvisional,
                       boolean overdue, String nextActor, String outcome) {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    /** Public tracking: status and due date only (no personal data). */
    public record Tracking(String trackingCode, String status, LocalDate dueDate, boolean dueDateProvisional) {
    }

    /** GET /{id}/deadline. */
    public record DeadlineExplanation(String requestId, String status, LocalDate receivedOn, LocalDate trigger,
                                      String triggerRule, LocalDate dueDate, boolean provisional,
                                      int countedWorkingDays, LocalDate correctionNoticeLatest,
                                      List<Deadline.Step> steps, List<String> rules, Integer workingDaysLeft) {
    }
}
