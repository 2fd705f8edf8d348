package gov.disclosure.request.platform;

import gov.disclosure.contracts.CloudEventHeaders;
import gov.disclosure.contracts.EventSchemas;
import gov.disclosure.contracts.EventTypes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Publishes the events parked in request documents (conventions.md "Events"): send with CloudEvents binary-mode
 * headers, wait for the broker's ack, then $pull exactly that event (no version bump). A crash in between re-sends;
 * consumers dedupe on ce_id.
 */
@Component
public class OutboxRelay implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String COLLECTION = "requests";

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final String source;
    private final ReentrantLock sweeping = new ReentrantLock();
    private final ExecutorService waker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-waker");
        t.setDaemon(true);
        return t;
    });
    private final Counter published;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, MeterRegistry meters,
                       @Value("${spring.application.name}") String applicationName) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.source = "/" + applicationName;
        this.published = Counter.builder("requests.events.published").register(meters);
        io.micrometer.core.instrument.Gauge.builder("requests.outbox.pending", this, OutboxRelay::pendingCount)
                .description("events waiting in request documents for the relay").register(meters);
    }

    /** Called right after a save so events leave within milliseconds, not at the next tick. */
    public void wake() {
        waker.execute(this::sweep);
    }

    @Scheduled(fixedDelayString = "${platform.outbox.sweep-ms:1000}")
    public void sweep() {
        if (!sweeping.tryLock()) {
            return; // a sweep is running; it will see the new events or the next tick will
        }
        try {
            Query pending = new Query(Criteria.where("outbox.0").exists(true)).limit(100);
            pending.fields().include("_id").include("outbox");
            for (Document doc : mongo.find(pending, Document.class, COLLECTION)) {
                Object id = doc.get("_id");
                for (Document event : doc.getList("outbox", Document.class)) {
                    publish(id, event);
                }
            }
        } catch (RuntimeException e) {
            log.warn("outbox sweep failed, retrying at the next tick: {}", e.toString());
        } finally {
            sweeping.unlock();
        }
    }

    private void publish(Object docId, Document event) {
        String eventId = event.getString("_id") != null ? event.getString("_id") : event.getString("id");
        String type = event.getString("type");
        String topic = EventTypes.topicOf(type);
        Object time = event.get("time");
        String isoTime = time instanceof Date d ? d.toInstant().toString() : String.valueOf(time);
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.getString("subject"),
                event.getString("data"));
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.ID, eventId);
        header(record, CloudEventHeaders.SOURCE, source);
        header(record, CloudEventHeaders.TYPE, type);
        header(record, CloudEventHeaders.TIME, isoTime);
        header(record, CloudEventHeaders.SUBJECT, event.getString("subject"));
        header(record, CloudEventHeaders.AGENCY, event.getString("agency"));
        header(record, CloudEventHeaders.DATA_SCHEMA, EventSchemas.schemaUri(topic));
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        try {
            kafka.send(record).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        } catch (Exception e) {
            throw new IllegalStateException("publish of " + type + " failed: " + e.getMessage(), e);
        }
        // Pull exactly this event; the raw update leaves @Version alone so no writer gets a false conflict.
        Document match = new Document("_id", eventId);
        if (event.getString("_id") == null) {
            match = new Document("id", eventId);
        }
        mongo.updateFirst(new Query(Criteria.where("_id").is(docId)), new Update().pull("outbox", match),
                COLLECTION);
        published.increment();
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Documents with events still waiting (a growing value means the broker is unreachable). */
    public long pendingCount() {
        return mongo.count(new Query(Criteria.where("outbox.0").exists(true)), COLLECTION);
    }

    @Override
    public void destroy() {
        waker.shutdownNow();
    }
}
