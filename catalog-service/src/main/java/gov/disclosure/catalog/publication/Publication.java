package gov.disclosure.catalog.publication;

import gov.disclosure.catalog.attachment.Attachment;
import gov.disclosure.catalog.consultation.ConsultationFeedback;
import gov.disclosure.catalog.consultation.ConsultationWindow;
import gov.disclosure.catalog.importer.ImportIssue;
import gov.disclosure.catalog.outbox.OutboxEvent;
import gov.disclosure.catalog.platform.ConflictException;
import gov.disclosure.catalog.platform.NotFoundException;
import gov.disclosure.catalog.privacy.Match;
import gov.disclosure.catalog.privacy.PrivacyFinding;
import gov.disclosure.catalog.privacy.PrivacyFinding.FindingStatus;
import gov.disclosure.catalog.privacy.RedactionNote;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A catalogue record (公开目录条目) and its workflow. State changes happen only through the methods below, each of
 * which checks the transition and appends to the history; the service writes the record and its outbox in one save.
 */
@Document("publications")
public class Publication {
    @Id
    private String id;
    private String agencyCode;
    /** Contains the agency code and year, so unique on its own; drafts have none yet (sparse). */
    @Indexed(unique = true, sparse = true)
    private String indexNumber;
    private String title;
    private String body;
    private Category category;
    private String documentNumber;
    private List<String> subjectTerms = new ArrayList<>();
    private LocalDate formedOn;
    private LocalDate effectiveFrom;
    private LocalDate discloseBy;
    private Validity validity = Validity.VALID;
    private PublicationStatus status = PublicationStatus.DRAFT;
    private String createdBy;
    private Instant createdAt;
    private String submittedBy;
    private Instant publishAt;
    private Instant publishedAt;
    private Boolean publishedLate;
    private String revocationReason;
    private String supersedes;
    private String supersededBy;
    /** An amendment whose predecessor is not yet marked superseded (a second single-document write follows). */
    private boolean supersedePending;
    private List<HistoryEntry> history = new ArrayList<>();
    private List<Attachment> attachments = new ArrayList<>();
    private List<PrivacyFinding> findings = new ArrayList<>();
    private List<RedactionNote> redactions = new ArrayList<>();
    private ConsultationWindow consultationWindow;
    private ConsultationFeedback consultationFeedback;
    private String importSource;
    private List<ImportIssue> importIssues = new ArrayList<>();
    private List<OutboxEvent> outbox = new ArrayList<>();
    @Version
    private Long version;

    protected Publication() {
    }

    public static Publication draft(String id, String agencyCode, PublicationContent content, LocalDate discloseBy,
                                    String by, Instant at) {
        Publication p = new Publication();
        p.id = id;
        p.agencyCode = agencyCode;
        p.apply(content);
        p.discloseBy = discloseBy;
        p.createdBy = by;
        p.createdAt = at;
        p.history.add(new HistoryEntry(at, by, null, PublicationStatus.DRAFT, null));
        return p;
    }

    /**
     * A historical document brought in by bulk import. Clean rows are published with their original date (and the
     * import recorded in the history); rows with damaged text or personal data stay drafts listing their issues.
     */
    public static Publication imported(String id, String agencyCode, PublicationContent content, LocalDate discloseBy,
                                       String by, Instant at, String source,
                                       List<ImportIssue> issues) {
        Publication p = draft(id, agencyCode, content, discloseBy, by, at);
        p.importSource = source;
        p.importIssues = new ArrayList<>(issues);
        p.history.set(0, new HistoryEntry(at, by, null, PublicationStatus.DRAFT, "imported from " + source
                + (issues.isEmpty() ? "" : "; " + issues.size() + " issue(s) to fix before review")));
        return p;
    }

    /** Publishes a clean imported record under its original publication date, bypassing nothing but the calendar. */
    public void publishImported(String indexNumber, Instant originallyPublished, String by, Instant at) {
        expect(PublicationStatus.DRAFT, "publish an imported");
        if (!importIssues.isEmpty()) {
            throw new ConflictException("An imported record with open issues goes through review.");
        }
        this.indexNumber = indexNumber;
        publishedAt = originallyPublished;
        LocalDate publishedOn = LocalDate.ofInstant(originallyPublished, ZoneId.of("Asia/Shanghai"));
        publishedLate = discloseBy != null && publishedOn.isAfter(discloseBy);
        move(PublicationStatus.PUBLISHED, by, at, "imported; originally published on " + publishedOn);
    }

    /** An amendment: a new draft that, once published, supersedes {@code previous} (which stays visible). */
    public static Publication amendmentOf(Publication previous, String id, PublicationContent content,
                                          LocalDate discloseBy, String by, Instant at) {
        if (previous.status != PublicationStatus.PUBLISHED) {
            throw new ConflictException("Only a published record can be amended; this one is " + previous.status + ".");
        }
        Publication p = draft(id, previous.agencyCode, content, discloseBy, by, at);
        p.supersedes = previous.id;
        return p;
    }

    /** The older record once its amendment is published: still public, marked superseded and amended. */
    public void supersededBy(String newerId, String by, Instant at) {
        expect(PublicationStatus.PUBLISHED, "supersede");
        supersededBy = newerId;
        validity = Validity.AMENDED;
        move(PublicationStatus.SUPERSEDED, by, at, "superseded by " + newerId);
    }

    private void apply(PublicationContent content) {
        title = content.title();
        body = content.body();
        category = content.category();
        documentNumber = content.documentNumber();
        subjectTerms = content.subjectTerms() == null ? new ArrayList<>() : new ArrayList<>(content.subjectTerms());
        formedOn = content.formedOn();
        effectiveFrom = content.effectiveFrom();
    }

    /** Submission runs the privacy gate: this round's findings replace the open ones of an earlier round. */
    public void submit(String by, Instant at, Map<String, List<Match>> hitsByField) {
        expect(PublicationStatus.DRAFT, "submit");
        submittedBy = by;
        findings.removeIf(f -> f.status() == FindingStatus.OPEN);
        int n = findings.size();
        for (var field : hitsByField.entrySet()) {
            for (Match m : field.getValue()) {
                findings.add(PrivacyFinding.open("f" + (++n), field.getKey(), m));
            }
        }
        move(PublicationStatus.PENDING_REVIEW, by, at,
                openFindings() == 0 ? null : openFindings() + " privacy/confidentiality finding(s) to resolve");
    }

    /** Four eyes: whoever drafted or submitted the record never approves it; nothing is approved with open findings. */
    public void approve(String reviewer, Instant at, String comment) {
        expect(PublicationStatus.PENDING_REVIEW, "approve");
        if (reviewer.equals(createdBy) || reviewer.equals(submittedBy)) {
            throw new ConflictException("Four eyes: a reviewer may not approve a record they drafted or submitted.");
        }
        if (openFindings() > 0) {
            throw new ConflictException(openFindings()
                    + " privacy/confidentiality finding(s) are unresolved: redact or dismiss each before approving.");
        }
        move(PublicationStatus.APPROVED, reviewer, at, comment);
    }

    public long openFindings() {
        return findings.stream().filter(f -> f.status() == FindingStatus.OPEN).count();
    }

    /**
     * Redaction masks the finding's characters one for one (so the other findings' positions stay valid) and leaves
     * a public note; dismissal keeps the text with the justification on record.
     */
    public void resolveFinding(String findingId, boolean redact, String reason, String by, Instant at) {
        expect(PublicationStatus.PENDING_REVIEW, "resolve a finding of");
        int i = indexOfFinding(findingId);
        PrivacyFinding f = findings.get(i);
        if (f.status() != FindingStatus.OPEN) {
            throw new ConflictException("Finding " + findingId + " is already " + f.status() + ".");
        }
        if (redact && f.field().startsWith("attachment:")) {
            throw new ConflictException("Text inside an attachment cannot be masked here: reject the record so the "
                    + "editor replaces the file with a redacted one, or dismiss the finding with a reason.");
        }
        if (redact) {
            String mask = "■".repeat(f.end() - f.start());
            if ("title".equals(f.field())) {
                title = title.substring(0, f.start()) + mask + title.substring(f.end());
            } else {
                body = body.substring(0, f.start()) + mask + body.substring(f.end());
            }
            redactions.add(new RedactionNote(f.field(), f.kind(), reason, at));
        }
        findings.set(i, f.resolve(redact ? FindingStatus.REDACTED : FindingStatus.DISMISSED, reason, by, at));
        history.add(new HistoryEntry(at, by, status, status,
                (redact ? "redacted " : "dismissed ") + f.kind() + " in " + f.field() + ": " + reason));
    }

    private int indexOfFinding(String findingId) {
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).id().equals(findingId)) {
                return i;
            }
        }
        throw new NotFoundException("No finding " + findingId);
    }

    public void reject(String reviewer, Instant at, String comment) {
        expect(PublicationStatus.PENDING_REVIEW, "reject");
        move(PublicationStatus.DRAFT, reviewer, at, comment);
    }

    /** Publishing later than now only schedules it; the scheduler completes it with {@link #publishNow}. */
    public void schedule(Instant when, String by, Instant at) {
        expect(PublicationStatus.APPROVED, "schedule");
        if (category == Category.CONSULTATION && consultationWindow == null) {
            throw new ConflictException("Set the comment period (PUT /api/catalog/consultations/{id}/window) first.");
        }
        publishAt = when;
        move(PublicationStatus.SCHEDULED, by, at, "scheduled for " + when);
    }

    public void publishNow(String indexNumber, String by, Instant at, LocalDate today) {
        if (status != PublicationStatus.APPROVED && status != PublicationStatus.SCHEDULED) {
            throw illegal("publish");
        }
        if (category == Category.CONSULTATION && consultationWindow == null) {
            throw new ConflictException("Set the comment period (PUT /api/catalog/consultations/{id}/window) first.");
        }
        this.indexNumber = indexNumber;
        publishedAt = at;
        publishedLate = discloseBy != null && today.isAfter(discloseBy);
        supersedePending = supersedes != null;
        move(PublicationStatus.PUBLISHED, by, at, null);
    }

    /** The disclosed document was repealed or expired (or is valid again): the record stays, its validity changes. */
    public void changeValidity(Validity to, String by, Instant at, String reason) {
        expect(PublicationStatus.PUBLISHED, "change the validity of");
        if (to == Validity.AMENDED) {
            throw new ConflictException("A record becomes AMENDED by publishing its amendment (POST …/amend).");
        }
        if (to == validity) {
            throw new ConflictException("The record is already " + to + ".");
        }
        history.add(new HistoryEntry(at, by, status, status, "validity " + validity + " → " + to + ": " + reason));
        validity = to;
    }

    public void revoke(String by, Instant at, String reason) {
        expect(PublicationStatus.PUBLISHED, "revoke");
        revocationReason = reason;
        move(PublicationStatus.REVOKED, by, at, reason);
    }

    /** The comment period can be set or changed until the draft is published. */
    public void openForComment(ConsultationWindow window) {
        if (status.isPublic()) {
            throw new ConflictException("The comment period of a published consultation cannot be changed.");
        }
        consultationWindow = window;
    }

    public void publishFeedback(ConsultationFeedback feedback) {
        expect(PublicationStatus.PUBLISHED, "publish feedback on");
        if (consultationFeedback != null) {
            throw new ConflictException("The feedback on this consultation has already been published.");
        }
        consultationFeedback = feedback;
        history.add(new HistoryEntry(feedback.at(), feedback.by(), status, status,
                "feedback on " + feedback.commentsReceived() + " comment(s) published"));
    }

    public void addAttachment(Attachment attachment) {
        expect(PublicationStatus.DRAFT, "attach files to");
        if (attachments.size() >= 20) {
            throw new ConflictException("A record carries at most 20 attachments.");
        }
        attachments.add(attachment);
    }

    public Attachment removeAttachment(String attachmentId) {
        expect(PublicationStatus.DRAFT, "remove attachments of");
        Attachment a = attachment(attachmentId);
        attachments.remove(a);
        return a;
    }

    public Attachment attachment(String attachmentId) {
        return attachments.stream().filter(a -> a.id().equals(attachmentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("No attachment " + attachmentId));
    }

    public void record(OutboxEvent event) {
        outbox.add(event);
    }

    private void expect(PublicationStatus required, String action) {
        if (status != required) {
            throw illegal(action);
        }
    }

    private ConflictException illegal(String action) {
        return new ConflictException("Cannot " + action + " a record in status " + status + ".");
    }

    private void move(PublicationStatus to, String by, Instant at, String comment) {
        history.add(new HistoryEntry(at, by, status, to, comment));
        status = to;
    }

    public String getId() {
        return id;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getIndexNumber() {
        return indexNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Category getCategory() {
        return category;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public List<String> getSubjectTerms() {
        return subjectTerms;
    }

    public LocalDate getFormedOn() {
        return formedOn;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getDiscloseBy() {
        return discloseBy;
    }

    public Validity getValidity() {
        return validity;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Boolean getPublishedLate() {
        return publishedLate;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public String getSupersedes() {
        return supersedes;
    }

    public boolean isSupersedePending() {
        return supersedePending;
    }

    public String getSupersededBy() {
        return supersededBy;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public ConsultationWindow getConsultationWindow() {
        return consultationWindow;
    }

    public ConsultationFeedback getConsultationFeedback() {
        return consultationFeedback;
    }

    public String getImportSource() {
        return importSource;
    }

    public List<ImportIssue> getImportIssues() {
        return importIssues;
    }

    public List<Attachment> getAttachments() {
        return attachments;
    }

    public List<PrivacyFinding> getFindings() {
        return findings;
    }

    public List<RedactionNote> getRedactions() {
        return redactions;
    }

    public List<OutboxEvent> getOutbox() {
        return outbox;
    }

    public Long getVersion() {
        return version;
    }
}
