package gov.disclosure.catalog.importer;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * What an import did with each row: published (accepted), kept as a draft for an editor (flagged), already there
 * (duplicate: re-importing is idempotent), or refused with a reason (rejected).
 */
@Document("imports")
public record ImportReport(@Id String id, String agencyCode, String filename, String importedBy, Instant at,
                           List<Row> accepted, List<Row> flagged, List<Row> duplicates, List<Row> rejected) {

    public record Row(int row, String file, String publicationId, String indexNumber, String charset, String reason,
                      List<ImportIssue> issues) {
    }
}
