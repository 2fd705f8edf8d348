package gov.disclosure.notification.delivery;

import gov.disclosure.notification.platform.OutboxEvent;
import gov.disclosure.notification.subscription.Channel;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One event for one subscription. The unique (subscriptionId, eventId) index is what makes replays harmless; the
 * retry schedule lives in {@code nextAttemptAt}, so it survives restarts; {@code claimToken}/{@code claimedUntil}
 * make sure only one sender works on it at a time.
 */
@Document("deliveries")
@CompoundIndex(name = "subscription_event", def = "{'subscriptionId': 1, 'eventId': 1}", unique = true)
public class Delivery {
    @Id
    String id;
    String subscriptionId;
    String owner;
    Channel channel;
    String eventId;
    String eventSource;
    String eventType;
    String subject;
    String agency;
    Instant eventTime;
    /** The CloudEvent in JSON structured mode: exactly the webhook body, the same on every attempt. */
    String payload;
    DeliveryStatus status;
    int attempts;
    int attemptLimit;
    Integer lastStatusCode;
    Instant nextAttemptAt;
    Instant claimedUntil;
    String claimToken;
    List<Attempt> log = new ArrayList<>();
    List<OutboxEvent> outbox = new ArrayList<>();
    Instant createdAt;
    Instant updatedAt;

    public String id() { return id; }
    public String subscriptionId() { return subscriptionId; }
    public Channel channel() { return channel; }
    public String eventId() { return eventId; }
    public String eventType() { return eventType; }
    public String subject() { return subject; }
    public String agency() { return agency; }
    public String payload() { return payload; }
    public DeliveryStatus status() { return status; }
    public int attempts() { return attempts; }
    public Integer lastStatusCode() { return lastStatusCode; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public List<Attempt> log() { return log == null ? List.of() : log; }
    public List<OutboxEvent> outbox() { return outbox == null ? List.of() : outbox; }
    public Instant createdAt() { return createdAt; }
}
