package gov.disclosure.catalog.search;

import gov.disclosure.catalog.publication.Category;
import gov.disclosure.catalog.publication.Publication;
import gov.disclosure.catalog.publication.PublicationStatus;
import gov.disclosure.catalog.publication.Validity;

import java.time.Instant;
import java.time.LocalDate;

/** One hit of a catalogue search: enough to list it, not the whole body. */
public record PublicationSummary(String id, String agencyCode, String indexNumber, String title, Category category,
                                 String categoryName, String documentNumber, LocalDate formedOn, Validity validity,
                                 PublicationStatus status, Instant publishedAt, String revocationReason,
                                 String snippet, String highlight) {
    static PublicationSummary of(Publication p, String highlight) {
        String body = p.getBody() == null ? "" : p.getBody();
        return new PublicationSummary(p.getId(), p.getAgencyCode(), p.getIndexNumber(), p.getTitle(), p.getCategory(),
                p.getCategory().chinese(), p.getDocumentNumber(), p.getFormedOn(), p.getValidity(), p.getStatus(),
                p.getPublishedAt(), p.getRevocationReason(), body.length() > 120 ? body.substring(0, 120) + "…" : body, highlight);
    }
}
