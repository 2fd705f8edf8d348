package gov.disclosure.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Data of every {@code catalog.publication.v1} event: the public state of one catalogue record after the change.
 * Only public fields: drafts never leave catalog-service.
 */
public record PublicationEvent(
        String publicationId,
        String agencyCode,
        String indexNumber,
        String title,
        String category,
        String documentNumber,
        List<String> subjectTerms,
        String status,
        String validity,
        long version,
        LocalDate formedOn,
        Instant publishedAt,
        String revocationReason,
        String supersedes) {
}
