package gov.disclosure.notification.delivery;

import gov.disclosure.notification.platform.Caller;
import gov.disclosure.notification.platform.NotFoundException;
import gov.disclosure.notification.subscription.Subscription;
import gov.disclosure.notification.subscription.SubscriptionService;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** The delivery log of one subscription (owner or OPS), and manual redelivery of what gave up. */
@RestController
@RequestMapping("/api/notifications/subscriptions/{subscriptionId}/deliveries")
public class DeliveryController {
    private final SubscriptionService subscriptions;
    private final MongoTemplate mongo;
    private final Dispatcher dispatcher;

    public DeliveryController(SubscriptionService subscriptions, MongoTemplate mongo, Dispatcher dispatcher) {
        this.subscriptions = subscriptions;
        this.mongo = mongo;
        this.dispatcher = dispatcher;
    }

    public record DeliveryView(String id, String eventId, String eventType, String subject, DeliveryStatus status,
                               int attempts, Integer lastStatusCode, Instant nextAttemptAt, Instant createdAt,
                               List<Attempt> attemptLog) {
        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.id(), d.eventId(), d.eventType(), d.subject(), d.status(), d.attempts(),
                    d.lastStatusCode(), d.status().open() ? d.nextAttemptAt() : null, d.createdAt(), d.log());
        }
    }

    @GetMapping
    public List<DeliveryView> list(@AuthenticationPrincipal Jwt jwt, @PathVariable String subscriptionId,
                                   @RequestParam(defaultValue = "100") int limit) {
        Subscription s = subscriptions.visible(Caller.of(jwt), subscriptionId);
        Query query = Query.query(Criteria.where("subscriptionId").is(s.id()))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(Math.min(Math.max(limit, 1), 500));
        return mongo.find(query, Delivery.class).stream().map(DeliveryView::of).toList();
    }

    @PostMapping("/{deliveryId}/redeliver")
    public ResponseEntity<?> redeliver(@AuthenticationPrincipal Jwt jwt, @PathVariable String subscriptionId,
                                       @PathVariable String deliveryId) {
        Subscription s = subscriptions.visible(Caller.of(jwt), subscriptionId);
        Delivery d = mongo.findOne(Query.query(Criteria.where("_id").is(deliveryId).and("subscriptionId").is(s.id())),
                Delivery.class);
        if (d == null) {
            throw new NotFoundException("no delivery " + deliveryId);
        }
        if (!dispatcher.redeliver(d)) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONFLICT, "only dead-lettered, gone or cancelled deliveries can be redelivered"));
        }
        return ResponseEntity.accepted().body(DeliveryView.of(mongo.findById(d.id(), Delivery.class)));
    }
}
