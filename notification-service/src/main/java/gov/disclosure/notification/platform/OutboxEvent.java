package gov.disclosure.notification.platform;

import java.time.Instant;

/** An event waiting in its aggregate's document until the relay has it acknowledged by the broker. */
public record OutboxEvent(String id, String type, String subject, String agency, Instant time, String data) {
}
