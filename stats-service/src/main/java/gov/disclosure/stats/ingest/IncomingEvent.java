package gov.disclosure.stats.ingest;

import gov.disclosure.contracts.CloudEventHeaders;
import gov.disclosure.contracts.EventMetadata;
import gov.disclosure.contracts.EventSchemas;
import gov.disclosure.contracts.EventTypes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** A consumed record checked for everything that makes it poison: CloudEvent headers, type, JSON Schema. */
public record IncomingEvent(String topic, EventMetadata metadata, String json) {

    public static IncomingEvent parse(ConsumerRecord<String, String> record) {
        String topic = record.topic();
        EventMetadata metadata;
        try {
            metadata = new EventMetadata(header(record, CloudEventHeaders.ID), header(record, CloudEventHeaders.SOURCE),
                    header(record, CloudEventHeaders.TYPE), header(record, CloudEventHeaders.SUBJECT),
                    Instant.parse(header(record, CloudEventHeaders.TIME)), header(record, CloudEventHeaders.AGENCY));
        } catch (RuntimeException e) {
            throw new PoisonMessageException("bad CloudEvent headers: " + e.getMessage());
        }
        String typeTopic;
        try {
            typeTopic = EventTypes.topicOf(metadata.type());
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException(e.getMessage());
        }
        if (!typeTopic.equals(topic)) {
            throw new PoisonMessageException("type " + metadata.type() + " does not belong on " + topic);
        }
        String json = record.value();
        if (json == null) {
            throw new PoisonMessageException("no data");
        }
        List<String> errors = EventSchemas.validate(topic, json);
        if (!errors.isEmpty()) {
            throw new PoisonMessageException("schema-invalid data: " + errors);
        }
        return new IncomingEvent(topic, metadata, json);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        if (h == null || h.value() == null) {
            throw new IllegalArgumentException("missing header " + name);
        }
        return new String(h.value(), StandardCharsets.UTF_8);
    }
}
