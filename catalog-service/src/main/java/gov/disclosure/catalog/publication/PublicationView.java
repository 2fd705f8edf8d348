package gov.disclosure.catalog.publication;

import gov.disclosure.catalog.attachment.AttachmentView;
import gov.disclosure.catalog.privacy.PrivacyFinding;
import gov.disclosure.catalog.privacy.RedactionNote;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A record as the API shows it; internal workflow fields only for the agency's own staff. */
public record PublicationView(String id, String agencyCode, String indexNumber, String title, String body,
                              Category category, String categoryName, String documentNumber,
                              List<String> subjectTerms, LocalDate formedOn, LocalDate effectiveFrom,
                              LocalDate discloseBy, Boolean publishedLate, Validity validity,
                              PublicationStatus status, Instant publishAt, Instant publishedAt,
                              String revocationReason, String supersedes, String supersededBy, Long version,
                              String createdBy, List<HistoryEntry> history, List<RedactionNote> redactions,
                              List<PrivacyFinding> findings, List<AttachmentView> attachments) {

    static PublicationView of(Publication p, boolean internal) {
        List<HistoryEntry> history = internal ? p.getHistory()
                : p.getHistory().stream().filter(h -> h.to() != null && h.to().isPublic()).toList();
        return new PublicationView(p.getId(), p.getAgencyCode(), p.getIndexNumber(), p.getTitle(), p.getBody(),
                p.getCategory(), p.getCategory().chinese(), p.getDocumentNumber(), p.getSubjectTerms(),
                p.getFormedOn(), p.getEffectiveFrom(), p.getDiscloseBy(), p.getPublishedLate(), p.getValidity(),
                p.getStatus(), p.getPublishAt(), p.getPublishedAt(), p.getRevocationReason(), p.getSupersedes(),
                p.getSupersededBy(), p.getVersion(), internal ? p.getCreatedBy() : null, history, p.getRedactions(),
                internal ? p.getFindings() : null,
                p.getAttachments().stream().map(a -> AttachmentView.of(p.getId(), a)).toList());
    }
}
