package gov.disclosure.notification.delivery;

import gov.disclosure.contracts.CloudEventHeaders;
import gov.disclosure.contracts.EventMetadata;
import gov.disclosure.contracts.EventSchemas;
import gov.disclosure.contracts.Topics;
import gov.disclosure.notification.platform.InvalidEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads the CloudEvents (binary mode) of the catalogue and request topics and hands them to the fan-out. */
@Component
public class EventListener {
    private final FanOut fanOut;
    private final JsonMapper json;

    public EventListener(FanOut fanOut, JsonMapper json) {
        this.fanOut = fanOut;
        this.json = json;
    }

    @KafkaListener(topics = {Topics.CATALOG_PUBLICATION, Topics.REQUEST_LIFECYCLE}, groupId = "notification-service")
    public void on(ConsumerRecord<String, String> record) {
        fanOut.accept(parse(record));
    }

    IncomingEvent parse(ConsumerRecord<String, String> record) {
        EventMetadata meta;
        try {
            meta = new EventMetadata(header(record, CloudEventHeaders.ID), header(record, CloudEventHeaders.SOURCE),
                    header(record, CloudEventHeaders.TYPE), header(record, CloudEventHeaders.SUBJECT),
                    Instant.parse(header(record, CloudEventHeaders.TIME)), header(record, CloudEventHeaders.AGENCY));
        } catch (NullPointerException | DateTimeParseException e) {
            throw new InvalidEventException("missing or invalid CloudEvent header: " + e.getMessage());
        }
        if (record.value() == null) {
            throw new InvalidEventException("no data");
        }
        List<String> errors = EventSchemas.validate(record.topic(), record.value());
        if (!errors.isEmpty()) {
            throw new InvalidEventException("data does not match the schema of " + record.topic() + ": " + errors);
        }
        return new IncomingEvent(meta, json.readTree(record.value()));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
