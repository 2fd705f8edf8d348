package gov.disclosure.notification.delivery;

import gov.disclosure.contracts.CloudEventHeaders;
import gov.disclosure.contracts.EventMetadata;
import gov.disclosure.notification.platform.MongoIndexes;
import gov.disclosure.notification.subscription.Subscription;
import gov.disclosure.notification.subscription.SubscriptionRepository;
import gov.disclosure.notification.subscription.SubscriptionStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.UUID;

/**
 * Turns one consumed event into one delivery per matching active subscription. Idempotent: the delivery id is derived
 * from (subscription, event) and the unique index refuses a second one, so a replay creates nothing; a marker in
 * {@code processed_events}, written after the fan-out, lets replays skip the work entirely.
 */
@Component
public class FanOut {
    static final String PROCESSED = "processed_events";

    private final MongoTemplate mongo;
    private final SubscriptionRepository subscriptions;
    private final Audience audience;
    private final Dispatcher dispatcher;
    private final JsonMapper json;
    private final Clock clock;
    private final Counter created;
    private final Counter duplicates;

    public FanOut(MongoTemplate mongo, MongoIndexes indexes, SubscriptionRepository subscriptions, Audience audience,
                  Dispatcher dispatcher, JsonMapper json, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.subscriptions = subscriptions;
        this.audience = audience;
        this.dispatcher = dispatcher;
        this.json = json;
        this.clock = clock;
        this.created = meters.counter("notification.deliveries.scheduled");
        this.duplicates = meters.counter("notification.events.duplicates");
    }

    public void accept(IncomingEvent event) {
        EventMetadata meta = event.meta();
        if (mongo.getCollection(PROCESSED).countDocuments(new Document("_id", meta.dedupeKey())) > 0) {
            duplicates.increment();
            return;
        }
        String payload = structured(event);
        String category = event.text("category");
        Instant now = Instant.now(clock);
        int fresh = 0;
        for (Subscription s : subscriptions.findByStatus(SubscriptionStatus.ACTIVE)) {
            if (s.filter().matches(meta.type(), meta.agency(), category) && audience.mayReceive(s, event)) {
                fresh += insert(s, meta, payload, now) ? 1 : 0;
            }
        }
        try {
            mongo.getCollection(PROCESSED).insertOne(new Document("_id", meta.dedupeKey())
                    .append("type", meta.type()).append("at", Date.from(now)));
        } catch (org.springframework.dao.DuplicateKeyException | com.mongodb.MongoWriteException e) {
            duplicates.increment(); // a concurrent redelivery got here first; the unique index kept us exact
        }
        if (fresh > 0) {
            dispatcher.wake();
        }
    }

    private boolean insert(Subscription s, EventMetadata meta, String payload, Instant now) {
        Delivery d = new Delivery();
        d.id = UUID.nameUUIDFromBytes((s.id() + "|" + meta.dedupeKey()).getBytes(StandardCharsets.UTF_8)).toString();
        d.subscriptionId = s.id();
        d.owner = s.owner();
        d.channel = s.channel();
        d.eventId = meta.id();
        d.eventSource = meta.source();
        d.eventType = meta.type();
        d.subject = meta.subject();
        d.agency = meta.agency();
        d.eventTime = meta.time();
        d.payload = payload;
        d.status = DeliveryStatus.PENDING;
        d.attemptLimit = dispatcher.maxAttempts();
        d.nextAttemptAt = now;
        d.createdAt = now;
        d.updatedAt = now;
        d.log = new ArrayList<>();
        d.outbox = new ArrayList<>();
        try {
            mongo.insert(d);
            created.increment();
            return true;
        } catch (DuplicateKeyException e) {
            duplicates.increment();
            return false;
        }
    }

    /** The CloudEvent in JSON structured mode (CloudEvents JSON format), the body of every webhook call. */
    String structured(IncomingEvent event) {
        EventMetadata meta = event.meta();
        ObjectNode node = json.createObjectNode();
        node.put("specversion", CloudEventHeaders.SPEC_VERSION_VALUE);
        node.put("id", meta.id());
        node.put("source", meta.source());
        node.put("type", meta.type());
        node.put("subject", meta.subject());
        node.put("time", meta.time().toString());
        node.put("agency", meta.agency());
        node.put("datacontenttype", CloudEventHeaders.JSON);
        node.put("dataschema", meta.dataSchema());
        node.set("data", event.data());
        return json.writeValueAsString(node);
    }
}
