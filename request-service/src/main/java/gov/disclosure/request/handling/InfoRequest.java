package gov.disclosure.request.handling;

import gov.disclosure.request.deadline.ClockFacts;
import gov.disclosure.request.deadline.Deadline;
import gov.disclosure.request.handling.Records.Appeal;
import gov.disclosure.request.handling.Records.Consultation;
import gov.disclosure.request.handling.Records.Correction;
import gov.disclosure.request.handling.Records.Extension;
import gov.disclosure.request.handling.Records.Response;
import gov.disclosure.request.handling.Records.StoredApplicant;
import gov.disclosure.request.handling.Records.TimelineEntry;
import gov.disclosure.request.platform.ApiErrors;
import gov.disclosure.request.platform.OutboxEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An information request (依申请公开) and everything that happened to it. State and the events describing each change
 * live in this one document, written by one versioned save (outbox inside the aggregate).
 */
@Document("requests")
public class InfoRequest {
    @Id
    private String id;
    @Version
    private Long version;
    private String idempotencyKey;
    private String trackingCode;
    private String verificationCodeEnc;
    private String verificationCodeHash;
    private String agencyCode;
    private String applicantType;
    private String applicantAccount;
    private String registeredBy;
    private StoredApplicant applicant;
    private String description;
    private String purpose;
    private String form;
    private String delivery;
    private String channel;
    private Instant submittedAt;
    private LocalDate confirmedOn;
    private LocalDate receivedOn;
    private Status status;
    private LocalDate dueDate;
    private boolean dueDateProvisional;
    private Correction correction;
    private List<Consultation> consultations = new ArrayList<>();
    private Extension extension;
    private Records.FeeNotice fee;
    private Response response;
    private List<Appeal> appeals = new ArrayList<>();
    private List<TimelineEntry> timeline = new ArrayList<>();
    private List<String> alertsSent = new ArrayList<>();
    private List<String> possibleDuplicateOf = new ArrayList<>();
    /** Linked requests: refiled with the agency that holds the information (Art. 36(5)). */
    private String refiledFrom;
    private String refiledAs;
    private List<OutboxEvent> outbox = new ArrayList<>();

    InfoRequest() {
    }

    public static InfoRequest file(String id, String idempotencyKey, String trackingCode, String verificationCodeEnc,
                            String verificationCodeHash, String agencyCode, String applicantType,
                            String applicantAccount, String registeredBy, StoredApplicant applicant,
                            String description, String purpose, String form, String delivery, String channel,
                            Instant submittedAt, LocalDate confirmedOn, LocalDate receivedOn) {
        InfoRequest r = new InfoRequest();
        r.id = id;
        r.idempotencyKey = idempotencyKey;
        r.trackingCode = trackingCode;
        r.verificationCodeEnc = verificationCodeEnc;
        r.verificationCodeHash = verificationCodeHash;
        r.agencyCode = agencyCode;
        r.applicantType = applicantType;
        r.applicantAccount = applicantAccount;
        r.registeredBy = registeredBy;
        r.applicant = applicant;
        r.description = description;
        r.purpose = purpose;
        r.form = form;
        r.delivery = delivery;
        r.channel = channel;
        r.submittedAt = submittedAt;
        r.confirmedOn = confirmedOn;
        r.receivedOn = receivedOn;
        r.status = Status.RECEIVED;
        return r;
    }

    /** The facts the deadline engine needs, read off this request. */
    public ClockFacts clockFacts() {
        List<ClockFacts.Consultation> pauses = consultations.stream()
                .map(c -> new ClockFacts.Consultation(c.sentOn(), c.repliedOn())).toList();
        return new ClockFacts(receivedOn, correction == null ? null : correction.requestedOn(),
                correction == null ? null : correction.receivedOn(), pauses,
                extension == null ? null : new ClockFacts.Extension(extension.workingDays(), extension.approvedOn()),
                fee == null ? null : new ClockFacts.FeeNotice(fee.notifiedOn(), fee.payBy(), fee.paidOn()));
    }

    public void applyDeadline(Deadline deadline) {
        this.dueDate = deadline.dueDate();
        this.dueDateProvisional = deadline.provisional();
    }

    /** 409 unless the request is in one of {@code allowed}. */
    void requireStatus(Set<Status> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new ApiErrors.Conflict("Cannot " + action + " a request in status " + status + ".");
        }
    }

    void moveTo(Status next) {
        this.status = next;
    }

    public void log(Instant at, String action, String actor, String detail) {
        timeline.add(new TimelineEntry(at, action, actor, status.name(), detail));
    }

    void append(OutboxEvent event) {
        outbox.add(event);
    }

    void setCorrection(Correction correction) {
        this.correction = correction;
    }

    void addConsultation(Consultation c) {
        consultations.add(c);
    }

    void replaceConsultation(Consultation c) {
        consultations.replaceAll(old -> old.id().equals(c.id()) ? c : old);
    }

    void setExtension(Extension extension) {
        this.extension = extension;
    }

    void setFee(Records.FeeNotice fee) {
        this.fee = fee;
    }

    void setResponse(Response response) {
        this.response = response;
    }

    void addAppeal(Appeal appeal) {
        appeals.add(appeal);
    }

    void replaceAppeal(Appeal appeal) {
        appeals.replaceAll(old -> old.id().equals(appeal.id()) ? appeal : old);
    }

    /** Earlier requests of the same applicant to the same agency with the same description (Art. 36(6) hint). */
    public void flagPossibleDuplicates(List<String> ids) {
        possibleDuplicateOf = new ArrayList<>(ids);
    }

    public void linkRefiledFrom(String originalId) {
        this.refiledFrom = originalId;
    }

    public void linkRefiledAs(String newId) {
        this.refiledAs = newId;
    }

    boolean alertSent(String key) {
        return alertsSent.contains(key);
    }

    void markAlert(String key) {
        alertsSent.add(key);
    }

    /** The version the document will have after the pending save: events carry it so consumers drop stale ones. */
    long nextVersion() {
        return version == null ? 0 : version + 1;
    }

    public boolean isApplicant(String sub) {
        return applicantAccount != null && applicantAccount.equals(sub);
    }

    public String id() { return id; }
    public Long version() { return version; }
    public String idempotencyKey() { return idempotencyKey; }
    public String trackingCode() { return trackingCode; }
    public String verificationCodeEnc() { return verificationCodeEnc; }
    public String verificationCodeHash() { return verificationCodeHash; }
    public String agencyCode() { return agencyCode; }
    public String applicantType() { return applicantType; }
    public String applicantAccount() { return applicantAccount; }
    public String registeredBy() { return registeredBy; }
    public StoredApplicant applicant() { return applicant; }
    public String description() { return description; }
    public String purpose() { return purpose; }
    public String form() { return form; }
    public String delivery() { return delivery; }
    public String channel() { return channel; }
    public Instant submittedAt() { return submittedAt; }
    public LocalDate confirmedOn() { return confirmedOn; }
    public LocalDate receivedOn() { return receivedOn; }
    public Status status() { return status; }
    public LocalDate dueDate() { return dueDate; }
    public boolean dueDateProvisional() { return dueDateProvisional; }
    public Correction correction() { return correction; }
    public List<Consultation> consultations() { return List.copyOf(consultations); }
    public Extension extension() { return extension; }
    public Records.FeeNotice fee() { return fee; }
    public Response response() { return response; }
    public List<Appeal> appeals() { return List.copyOf(appeals); }
    public List<TimelineEntry> timeline() { return List.copyOf(timeline); }
    public List<OutboxEvent> outbox() { return List.copyOf(outbox); }
    public String refiledFrom() { return refiledFrom; }
    public String refiledAs() { return refiledAs; }
    public List<String> possibleDuplicateOf() {
        return possibleDuplicateOf == null ? List.of() : List.copyOf(possibleDuplicateOf);
    }
}
