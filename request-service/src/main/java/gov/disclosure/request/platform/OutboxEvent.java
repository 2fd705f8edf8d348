package gov.disclosure.request.platform;

import java.time.Instant;

/** An event waiting in its aggregate's document until the relay has published it (conventions.md "Events"). */
public record OutboxEvent(String id, String type, String subject, String agency, Instant time, String data) {
}
