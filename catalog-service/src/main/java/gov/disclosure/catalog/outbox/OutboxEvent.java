package gov.disclosure.catalog.outbox;

import java.time.Instant;

/**
 * An event waiting in its aggregate's document until the relay has published it: written in the same single-document
 * update as the state change it announces, so neither exists without the other.
 */
public record OutboxEvent(String id, String topic, String type, String subject, String agency, Instant time,
                          String data) {
}
