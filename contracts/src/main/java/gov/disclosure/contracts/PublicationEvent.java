package gov.disclosure.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Data of every {@code catalog.publication.v1} event: the public state of one catalogue record after the change.
 * Only public fields: drafts never leave catalog-service. {@code discloseBy} is the Art. 26 deadline (20 working days
 * after {@code formedOn}), so consumers can measure timeliness; {@code url} is the record's public API path.
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
        String supersedes,
        LocalDate discloseBy,
        String url) {
}
