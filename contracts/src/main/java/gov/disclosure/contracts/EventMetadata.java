package gov.disclosure.contracts;

import java.time.Instant;
import java.util.Objects;

/**
 * The CloudEvent context attributes of one event, independent of transport. Outboxes store it next to the JSON data;
 * relays turn it into {@code ce_} headers; consumers rebuild it from the headers.
 *
 * @param id      unique per source; the idempotency key of every consumer
 * @param source  the producing service as a URI reference, e.g. {@code /catalog-service}
 * @param type    one of {@link EventTypes}
 * @param subject the aggregate id (also the Kafka key)
 * @param time    when the change happened
 * @param agency  the agency code (CloudEvents extension {@code agency})
 */
public record EventMetadata(String id, String source, String type, String subject, Instant time, String agency) {
    public EventMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(agency, "agency");
    }

    /** The key consumers dedupe on: CloudEvents says source + id is unique. */
    public String dedupeKey() {
        return source + "#" + id;
    }

    public String dataSchema() {
        return EventSchemas.schemaUri(EventTypes.topicOf(type));
    }
}
