package gov.disclosure.notification.subscription;

import gov.disclosure.notification.email.ConfirmationMailer;
import gov.disclosure.notification.platform.BadRequestException;
import gov.disclosure.notification.platform.Caller;
import gov.disclosure.notification.platform.NotFoundException;
import gov.disclosure.notification.platform.NotificationProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

@Service
public class SubscriptionService {
    private static final Logger log = LoggerFactory.getLogger(SubscriptionService.class);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,}$");

    private final SubscriptionRepository repository;
    private final MongoTemplate mongo;
    private final WebhookTargetValidator validator;
    private final WebhookSecrets secrets;
    private final ConfirmationMailer confirmationMailer;
    private final NotificationProperties props;
    private final MeterRegistry meters;
    private final Clock clock;

    public SubscriptionService(SubscriptionRepository repository, MongoTemplate mongo,
                               WebhookTargetValidator validator, WebhookSecrets secrets,
                               ConfirmationMailer confirmationMailer, NotificationProperties props,
                               MeterRegistry meters, Clock clock) {
        this.repository = repository;
        this.mongo = mongo;
        this.validator = validator;
        this.secrets = secrets;
        this.confirmationMailer = confirmationMailer;
        this.props = props;
        this.meters = meters;
        this.clock = clock;
    }

    public SubscriptionDtos.Created create(Caller caller, SubscriptionDtos.CreateSubscription request) {
        Subscription s = new Subscription();
        s.id = UUID.randomUUID().toString();
        s.owner = caller.username();
        s.ownerRoles = caller.roles();
        s.ownerAgency = caller.agency();
        s.channel = request.channel();
        s.filter = request.filter() == null ? Filter.any() : request.filter();
        s.createdAt = Instant.now(clock);
        s.updatedAt = s.createdAt;
        s.unsubscribeToken = WebhookSecrets.token();
        String secret = null;
        if (request.channel() == Channel.WEBHOOK) {
            s.target = validator.validate(request.target().trim()).toString();
            secret = secrets.generate();
            s.secretCipher = secrets.seal(secret);
            s.status = SubscriptionStatus.ACTIVE;
        } else {
            String address = request.target().trim();
            if (!EMAIL.matcher(address).matches()) {
                throw new BadRequestException("target", "the target must be an e-mail address");
            }
            s.target = address;
            s.confirmationToken = WebhookSecrets.token();
            s.status = SubscriptionStatus.PENDING_CONFIRMATION;
        }
        repository.insert(s);
        meters.counter("notification.subscriptions.registered", "channel", s.channel.name()).increment();
        if (s.channel == Channel.EMAIL) {
            try {
                confirmationMailer.send(s);
            } catch (RuntimeException e) {
                // the subscription stays unconfirmed; the owner can delete and retry
                log.warn("confirmation mail to subscription {} failed: {}", s.id, e.toString());
            }
        }
        return new SubscriptionDtos.Created(s.id, s.channel, s.target, s.filter, s.status, secret, s.createdAt);
    }

    public List<SubscriptionDtos.View> list(Caller caller) {
        return repository.findByOwnerOrderByCreatedAtDesc(caller.username()).stream()
                .map(SubscriptionDtos.View::of).toList();
    }

    /** The caller's own subscription; anybody else's is reported as absent. */
    public Subscription owned(Caller caller, String id) {
        return repository.findById(id).filter(s -> s.owner().equals(caller.username()))
                .orElseThrow(() -> new NotFoundException("no subscription " + id));
    }

    /** Owner, or OPS (who look after delivery problems). */
    public Subscription visible(Caller caller, String id) {
        return repository.findById(id).filter(s -> s.owner().equals(caller.username()) || caller.has("OPS"))
                .orElseThrow(() -> new NotFoundException("no subscription " + id));
    }

    public void delete(Caller caller, String id) {
        repository.delete(owned(caller, id));
    }

    public SubscriptionDtos.RotatedSecret rotate(Caller caller, String id) {
        Subscription s = owned(caller, id);
        if (s.channel() != Channel.WEBHOOK) {
            throw new BadRequestException("channel", "only webhook subscriptions have a secret");
        }
        String secret = secrets.generate();
        s.previousSecretCipher = s.secretCipher;
        s.previousSecretUntil = Instant.now(clock).plus(props.webhooks().secretRotationOverlap());
        s.secretCipher = secrets.seal(secret);
        s.updatedAt = Instant.now(clock);
        repository.save(s);
        return new SubscriptionDtos.RotatedSecret(s.id(), secret, s.previousSecretUntil);
    }

    /** Double opt-in, step two. */
    public Subscription confirm(String token) {
        Subscription s = repository.findByConfirmationToken(token)
                .orElseThrow(() -> new NotFoundException("unknown or used confirmation link"));
        if (s.status == SubscriptionStatus.PENDING_CONFIRMATION) {
            s.status = SubscriptionStatus.ACTIVE;
            s.updatedAt = Instant.now(clock);
            repository.save(s);
        }
        return s;
    }

    public Subscription unsubscribe(String token) {
        Subscription s = repository.findByUnsubscribeToken(token)
                .orElseThrow(() -> new NotFoundException("unknown unsubscribe link"));
        disable(s.id(), "unsubscribed");
        return s;
    }

    /** Conditional single-document update, so a concurrent owner edit is not lost to a stale copy. */
    public void disable(String id, String reason) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().set("status", SubscriptionStatus.DISABLED).set("disabledReason", reason)
                        .set("updatedAt", Instant.now(clock)).inc("version", 1), Subscription.class);
        meters.counter("notification.subscriptions.disabled", "reason", reason).increment();
    }

    /** The webhook secrets that sign right now: the current one, plus the previous one during a rotation overlap. */
    public List<String> signingSecrets(Subscription s) {
        String current = secrets.open(s.secretCipher());
        if (s.previousSecretCipher() != null && s.previousSecretUntil() != null
                && s.previousSecretUntil().isAfter(Instant.now(clock))) {
            return List.of(current, secrets.open(s.previousSecretCipher()));
        }
        return List.of(current);
    }
}
