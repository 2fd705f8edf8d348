package gov.disclosure.stats.readmodel;

import org.bson.Document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The latest public state of one catalogue record. Dates are stored as ISO strings (zone-free, sortable).
 *
 * @param publishedOn the city-calendar day of {@code publishedAt}
 * @param revokedOn   first day the record was seen REVOKED
 * @param repealedOn  first day its validity was seen REPEALED or EXPIRED
 */
public record PublicationView(String id, String agencyCode, String indexNumber, String title, String category,
                              String status, String validity, long version, LocalDate formedOn, Instant publishedAt,
                              LocalDate publishedOn, LocalDate revokedOn, LocalDate repealedOn, String supersedes) {

    public boolean revoked() {
        return "REVOKED".equals(status);
    }

    static PublicationView from(Document d) {
        return new PublicationView(d.getString("_id"), d.getString("agencyCode"), d.getString("indexNumber"),
                d.getString("title"), d.getString("category"), d.getString("status"), d.getString("validity"),
                ((Number) d.get("version")).longValue(), Dates.date(d, "formedOn"), Dates.instant(d, "publishedAt"),
                Dates.date(d, "publishedOn"), Dates.date(d, "revokedOn"), Dates.date(d, "repealedOn"),
                d.getString("supersedes"));
    }
}
