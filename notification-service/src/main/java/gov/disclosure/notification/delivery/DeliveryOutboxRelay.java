package gov.disclosure.notification.delivery;

import gov.disclosure.contracts.CloudEventHeaders;
import gov.disclosure.contracts.EventSchemas;
import gov.disclosure.contracts.Topics;
import gov.disclosure.notification.platform.OutboxEvent;
import gov.disclosure.notification.platform.Sweeper;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Publishes the outbox of each delivery document to {@code notification.delivery.v1} (CloudEvents binary mode), waits
 * for the broker's ack, then pulls exactly that event from the document. A crash in between re-sends: consumers
 * dedupe on the event id.
 */
@Component
public class DeliveryOutboxRelay implements SmartLifecycle {
    static final String SOURCE = "/notification-service";
    private static final Logger log = LoggerFactory.getLogger(DeliveryOutboxRelay.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final Sweeper sweeper;
    private volatile boolean running;

    public DeliveryOutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.sweeper = new Sweeper("delivery-outbox-relay", Duration.ofSeconds(1), this::sweep);
    }

    public void wake() {
        sweeper.wake();
    }

    void sweep() {
        Query pending = Query.query(Criteria.where("outbox.0").exists(true)).limit(100);
        for (Delivery d : mongo.find(pending, Delivery.class)) {
            for (OutboxEvent e : d.outbox()) {
                try {
                    kafka.send(record(d.id(), e)).get(10, TimeUnit.SECONDS);
                } catch (Exception ex) {
                    log.warn("relay of event {} failed, will retry: {}", e.id(), ex.toString());
                    return;
                }
                mongo.updateFirst(Query.query(Criteria.where("_id").is(d.id())),
                        new Update().pull("outbox", new Document("_id", e.id())), Delivery.class);
            }
        }
    }

    static ProducerRecord<String, String> record(String key, OutboxEvent e) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.NOTIFICATION_DELIVERY, key, e.data());
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.ID, e.id());
        header(record, CloudEventHeaders.SOURCE, SOURCE);
        header(record, CloudEventHeaders.TYPE, e.type());
        header(record, CloudEventHeaders.TIME, e.time().toString());
        header(record, CloudEventHeaders.SUBJECT, e.subject());
        header(record, CloudEventHeaders.AGENCY, e.agency());
        header(record, CloudEventHeaders.DATA_SCHEMA, EventSchemas.schemaUri(Topics.NOTIFICATION_DELIVERY));
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void start() {
        running = true;
        sweeper.start();
    }

    @Override
    public void stop() {
        running = false;
        sweeper.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
