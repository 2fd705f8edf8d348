package gov.disclosure.notification.delivery;

import gov.disclosure.contracts.DeliveryEvent;
import gov.disclosure.contracts.EventTypes;
import gov.disclosure.notification.platform.NotificationProperties;
import gov.disclosure.notification.platform.OutboxEvent;
import gov.disclosure.notification.platform.Sweeper;
import gov.disclosure.notification.subscription.Channel;
import gov.disclosure.notification.subscription.Subscription;
import gov.disclosure.notification.subscription.SubscriptionRepository;
import gov.disclosure.notification.subscription.SubscriptionService;
import gov.disclosure.notification.subscription.SubscriptionStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Claims due deliveries with a conditional update (status open, due, not leased), so each attempt runs once even with
 * several instances or after a restart, runs the attempt on a bounded pool, and records the outcome, the next retry
 * and the outcome event (outbox) in one single-document update guarded by the claim token.
 */
@Component
public class Dispatcher implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final MongoTemplate mongo;
    private final SubscriptionRepository subscriptions;
    private final SubscriptionService subscriptionService;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final DeliveryOutboxRelay relay;
    private final NotificationProperties.Delivery config;
    private final JsonMapper json;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ExecutorService pool;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Sweeper sweeper;
    private volatile boolean running;

    public Dispatcher(MongoTemplate mongo, SubscriptionRepository subscriptions,
                      SubscriptionService subscriptionService, List<ChannelSender> senders,
                      DeliveryOutboxRelay relay, NotificationProperties props, JsonMapper json, Clock clock,
                      MeterRegistry meters) {
        this.mongo = mongo;
        this.subscriptions = subscriptions;
        this.subscriptionService = subscriptionService;
        senders.forEach(s -> this.senders.put(s.channel(), s));
        this.relay = relay;
        this.config = props.delivery();
        this.json = json;
        this.clock = clock;
        this.meters = meters;
        this.pool = Executors.newFixedThreadPool(config.senderThreads(), r -> {
            Thread t = new Thread(r, "delivery-sender");
            t.setDaemon(true);
            return t;
        });
        this.sweeper = new Sweeper("delivery-dispatcher", config.pollInterval(), this::dispatchDue);
    }

    public int maxAttempts() {
        return config.maxAttempts();
    }

    public void wake() {
        sweeper.wake();
    }

    void dispatchDue() {
        // claim no more than the pool can start soon: a claimed delivery waiting in a queue would waste its lease
        while (running && inFlight.get() < config.senderThreads() * 2) {
            String token = UUID.randomUUID().toString();
            Optional<Delivery> claimed = claim(token);
            if (claimed.isEmpty()) {
                return;
            }
            inFlight.incrementAndGet();
            pool.execute(() -> {
                try {
                    attempt(claimed.get(), token);
                } catch (RuntimeException e) {
                    // the lease expires and another sweep retries it
                    log.warn("delivery {} attempt crashed: {}", claimed.get().id(), e.toString());
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        }
    }

    Optional<Delivery> claim(String token) {
        Instant now = Instant.now(clock);
        Query due = Query.query(Criteria.where("status").in(DeliveryStatus.PENDING, DeliveryStatus.RETRYING)
                .and("nextAttemptAt").lte(now)
                .orOperator(Criteria.where("claimedUntil").is(null), Criteria.where("claimedUntil").lt(now)));
        Update lease = new Update().set("claimedUntil", now.plus(config.lease())).set("claimToken", token);
        return Optional.ofNullable(mongo.findAndModify(due, lease, FindAndModifyOptions.options().returnNew(true),
                Delivery.class));
    }

    void attempt(Delivery d, String token) {
        Optional<Subscription> subscription = subscriptions.findById(d.subscriptionId());
        if (subscription.isEmpty() || subscription.get().status() != SubscriptionStatus.ACTIVE) {
            finish(d, token, new Update().set("status", DeliveryStatus.CANCELLED));
            return;
        }
        Timer.Sample sample = Timer.start(meters);
        AttemptResult result = senders.get(d.channel()).send(d, subscription.get());
        sample.stop(meters.timer("notification.delivery.attempts", "channel", d.channel().name(),
                "outcome", result.success() ? "success" : "failure"));
        record(d, token, result);
    }

    private void record(Delivery d, String token, AttemptResult result) {
        Instant now = Instant.now(clock);
        if (result.deferred()) {
            // an open circuit means the host is known to be down: wait, but keep the attempt budget for real tries
            finish(d, token, new Update().set("nextAttemptAt", now.plus(result.retryAfter())));
            return;
        }
        int number = d.attempts() + 1;
        Update update = new Update().set("attempts", number).set("lastStatusCode", result.statusCode())
                .push("log", new Attempt(number, now, result.statusCode(), result.latencyMs(), result.error()));
        DeliveryStatus status;
        String eventType;
        if (result.success()) {
            status = DeliveryStatus.SUCCEEDED;
            eventType = EventTypes.DELIVERY_SUCCEEDED;
        } else if (result.gone()) {
            status = DeliveryStatus.GONE;
            eventType = EventTypes.DELIVERY_FAILED;
            subscriptionService.disable(d.subscriptionId(), "target answered 410 Gone");
        } else if (number >= Math.max(d.attemptLimit, 1)) {
            status = DeliveryStatus.DEAD_LETTERED;
            eventType = EventTypes.DELIVERY_DEAD_LETTERED;
        } else {
            status = DeliveryStatus.RETRYING;
            eventType = EventTypes.DELIVERY_FAILED;
            update.set("nextAttemptAt", now.plus(delayAfter(number - (d.attemptLimit - config.maxAttempts()),
                    result.retryAfter())));
        }
        String outcome = status == DeliveryStatus.RETRYING || status == DeliveryStatus.GONE ? "FAILED" : status.name();
        DeliveryEvent data = new DeliveryEvent(d.id(), d.subscriptionId(), d.channel().name(), d.eventId(),
                d.eventType(), d.agency(), outcome, number, result.statusCode(), now);
        update.set("status", status).push("outbox", new OutboxEvent(UUID.randomUUID().toString(), eventType, d.id(),
                d.agency(), now, json.writeValueAsString(data)));
        log.debug("delivery {} attempt {} -> {} ({})", d.id(), number, status,
                result.statusCode() != null ? result.statusCode() : result.error());
        meters.counter("notification.deliveries." + status.name().toLowerCase().replace('_', '-'),
                "channel", d.channel().name()).increment();
        finish(d, token, update);
        relay.wake();
    }

    /** Delay after the n-th failed attempt of the current schedule, with jitter, never shorter than Retry-After. */
    Duration delayAfter(int failedAttempt, Duration retryAfter) {
        List<Duration> schedule = config.retrySchedule();
        Duration base = schedule.get(Math.min(Math.max(failedAttempt, 1), schedule.size()) - 1);
        long jitterMillis = (long) (base.toMillis() * config.jitter() * ThreadLocalRandom.current().nextDouble());
        Duration delay = base.plusMillis(jitterMillis);
        return retryAfter != null && retryAfter.compareTo(delay) > 0 ? retryAfter : delay;
    }

    private void finish(Delivery d, String token, Update update) {
        update.set("updatedAt", Instant.now(clock)).unset("claimedUntil").unset("claimToken");
        long matched = mongo.updateFirst(Query.query(Criteria.where("_id").is(d.id()).and("claimToken").is(token)),
                update, Delivery.class).getMatchedCount();
        if (matched == 0) {
            log.warn("delivery {}: lease lost before the outcome was recorded", d.id());
        }
    }

    /** Owner or OPS: one more full retry schedule for a delivery that gave up. */
    public boolean redeliver(Delivery d) {
        Query query = Query.query(Criteria.where("_id").is(d.id())
                .and("status").in(DeliveryStatus.DEAD_LETTERED, DeliveryStatus.CANCELLED, DeliveryStatus.GONE));
        Update update = new Update().set("status", DeliveryStatus.RETRYING).set("nextAttemptAt", Instant.now(clock))
                .set("attemptLimit", d.attempts() + config.maxAttempts()).set("updatedAt", Instant.now(clock));
        boolean changed = mongo.updateFirst(query, update, Delivery.class).getModifiedCount() > 0;
        if (changed) {
            wake();
        }
        return changed;
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
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
