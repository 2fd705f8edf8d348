package gov.disclosure.catalog.outbox;

import gov.disclosure.contracts.CloudEventHeaders;
import gov.disclosure.contracts.EventSchemas;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes the events waiting in documents' {@code outbox} arrays, in order per document, and removes each one only
 * after the broker acknowledged it. Woken right after a write for low latency; a periodic sweep catches anything left
 * behind (crash, broker down). A crash between ack and removal publishes again: consumers dedupe on the event id.
 */
@Component
public class OutboxRelay {
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final List<String> COLLECTIONS = List.of("publications");

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final String source;
    private final ExecutorService waker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private final Counter published;
    private final Counter failures;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, MeterRegistry meters,
                       @Value("${spring.application.name}") String applicationName) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.source = "/" + applicationName;
        this.published = meters.counter("outbox.events.published");
        this.failures = meters.counter("outbox.relay.failures");
    }

    /** Ask for a relay run soon; calls coalesce while one is pending. */
    public void wake() {
        if (wakePending.compareAndSet(false, true)) {
            waker.execute(() -> {
                wakePending.set(false);
                sweep();
            });
        }
    }

    @Scheduled(fixedDelayString = "${catalog.outbox.sweep-interval:2000}")
    public synchronized void sweep() {
        for (String collection : COLLECTIONS) {
            try {
                relay(collection);
            } catch (RuntimeException e) {
                failures.increment();
                log.warn("outbox relay of {} failed, will retry: {}", collection, e.toString());
            }
        }
    }

    private void relay(String collection) {
        Query pending = Query.query(new Criteria().orOperator(Criteria.where("outbox._id").exists(true),
                Criteria.where("outbox.id").exists(true))).limit(100);
        pending.fields().include("outbox");
        for (Document doc : mongo.find(pending, Document.class, collection)) {
            List<Document> events = doc.getList("outbox", Document.class);
            for (Document event : events) {
                send(event);
                String idKey = idKey(event);
                mongo.updateFirst(Query.query(Criteria.where("_id").is(doc.get("_id"))),
                        new Update().pull("outbox", new Document(idKey, event.get(idKey))), collection);
                published.increment();
            }
        }
    }

    private void send(Document event) {
        String topic = event.getString("topic");
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.getString("subject"),
                event.getString("data"));
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.ID, String.valueOf(event.get(idKey(event))));
        header(record, CloudEventHeaders.SOURCE, source);
        header(record, CloudEventHeaders.TYPE, event.getString("type"));
        header(record, CloudEventHeaders.TIME,
                DateTimeFormatter.ISO_INSTANT.format(event.getDate("time").toInstant()));
        header(record, CloudEventHeaders.SUBJECT, event.getString("subject"));
        header(record, CloudEventHeaders.AGENCY, event.getString("agency"));
        header(record, CloudEventHeaders.DATA_SCHEMA, EventSchemas.schemaUri(topic));
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        try {
            kafka.send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + event.get("_id"), e);
        } catch (Exception e) {
            throw new IllegalStateException("broker did not acknowledge " + event.get("_id"), e);
        }
    }

    /** Spring Data stores a nested property named {@code id} as {@code _id}; accept either. */
    private static String idKey(Document event) {
        return event.containsKey("_id") ? "_id" : "id";
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
