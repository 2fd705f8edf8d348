package gov.disclosure.catalog.consultation;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A citizen's comment on a consultation draft; read by the agency, counted publicly. */
@Document("consultation_comments")
public record Comment(@Id String id, @Indexed String publicationId, String agencyCode, String author, String text,
                      Instant at) {
}
