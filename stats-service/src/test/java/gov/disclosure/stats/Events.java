package gov.disclosure.stats;

import gov.disclosure.contracts.CloudEventHeaders;
import gov.disclosure.contracts.EventSchemas;
import gov.disclosure.contracts.EventTypes;
import gov.disclosure.contracts.PublicationEvent;
import gov.disclosure.contracts.RequestEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Builds real CloudEvents in Kafka binary mode, as the producers' relays do, with schema-valid data. */
final class Events {
    private final JsonMapper json;

    Events(JsonMapper json) {
        this.json = json;
    }

    ProducerRecord<String, String> publication(String id, String agency, String category, String status, long version,
                                               LocalDate formedOn, Instant publishedAt) {
        PublicationEvent data = new PublicationEvent(id, agency, agency + "-2026-" + String.format("%05d", Math.abs(id.hashCode()) % 100000),
                "title " + id, category, null, List.of(), status, "VALID", version, formedOn, publishedAt, null, null, null, "/api/catalog/publications/" + id);
        String type = "REVOKED".equals(status) ? EventTypes.PUBLICATION_REVOKED : EventTypes.PUBLICATION_PUBLISHED;
        return record(UUID.randomUUID().toString(), "/catalog-service", type, id, agency, json.writeValueAsString(data));
    }

    RequestEvent request(String id, String agency, String applicantType, String status, LocalDate receivedOn,
                         LocalDate dueDate, String outcome, LocalDate respondedOn, long version) {
        return new RequestEvent(id, agency, "T-" + id, applicantType, "citizen1", "ONLINE", status, receivedOn, dueDate,
                false, outcome, respondedOn, version);
    }

    ProducerRecord<String, String> requestRecord(String eventId, String type, RequestEvent data) {
        return record(eventId, "/request-service", type, data.requestId(), data.agencyCode(),
                json.writeValueAsString(data));
    }

    static ProducerRecord<String, String> record(String eventId, String source, String type, String subject,
                                                 String agency, String data) {
        String topic = EventTypes.topicOf(type);
        ProducerRecord<String, String> r = new ProducerRecord<>(topic, subject, data);
        header(r, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(r, CloudEventHeaders.ID, eventId);
        header(r, CloudEventHeaders.SOURCE, source);
        header(r, CloudEventHeaders.TYPE, type);
        header(r, CloudEventHeaders.TIME, Instant.now().toString());
        header(r, CloudEventHeaders.SUBJECT, subject);
        header(r, CloudEventHeaders.AGENCY, agency);
        header(r, CloudEventHeaders.DATA_SCHEMA, EventSchemas.schemaUri(topic));
        header(r, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return r;
    }

    private static void header(ProducerRecord<String, String> r, String name, String value) {
        r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
