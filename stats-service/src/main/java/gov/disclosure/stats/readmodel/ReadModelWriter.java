package gov.disclosure.stats.readmodel;

import gov.disclosure.contracts.DeliveryEvent;
import gov.disclosure.contracts.EventMetadata;
import gov.disclosure.contracts.EventTypes;
import gov.disclosure.contracts.PublicationEvent;
import gov.disclosure.contracts.RequestEvent;
import gov.disclosure.contracts.Topics;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Applies one validated event to one generation of the read models. Idempotent twice over: a processed-event marker
 * per CloudEvent id, and version-guarded keyed upserts (an older version never overwrites a newer one), so replaying
 * the topics any number of times, in any interleaving per aggregate, gives the same documents.
 */
@Component
public class ReadModelWriter {
    public enum Outcome { APPLIED, DUPLICATE, STALE }

    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final ZoneId zone;

    public ReadModelWriter(MongoTemplate mongo, JsonMapper json, Clock clock) {
        this.mongo = mongo;
        this.json = json;
        this.zone = clock.getZone();
    }

    public Outcome apply(String topic, EventMetadata meta, String data, Generations.Collections target) {
        String key = meta.dedupeKey();
        if (mongo.exists(Query.query(where("_id").is(key)), target.processedEvents())) {
            return Outcome.DUPLICATE;
        }
        // apply first, mark afterwards: a crash in between re-applies an idempotent change instead of losing it
        boolean applied = switch (topic) {
            case Topics.CATALOG_PUBLICATION -> publication(meta, json.readValue(data, PublicationEvent.class), target);
            case Topics.REQUEST_LIFECYCLE -> request(meta, json.readValue(data, RequestEvent.class), target);
            case Topics.NOTIFICATION_DELIVERY -> delivery(json.readValue(data, DeliveryEvent.class), target);
            default -> throw new IllegalArgumentException("not a stats topic: " + topic);
        };
        try {
            mongo.insert(new Document("_id", key).append("topic", topic).append("type", meta.type())
                    .append("subject", meta.subject()).append("processedAt", Date.from(Instant.now())),
                    target.processedEvents());
        } catch (DuplicateKeyException alreadyMarked) {
            // a concurrent writer (live listener vs. rebuild) got there first: same result
        }
        return applied ? Outcome.APPLIED : Outcome.STALE;
    }

    private boolean publication(EventMetadata meta, PublicationEvent p, Generations.Collections target) {
        LocalDate eventDay = day(meta.time());
        Update u = new Update()
                .set("agencyCode", p.agencyCode()).set("indexNumber", p.indexNumber()).set("title", p.title())
                .set("category", p.category()).set("documentNumber", p.documentNumber()).set("status", p.status())
                .set("validity", p.validity()).set("version", p.version()).set("formedOn", Dates.iso(p.formedOn()))
                .set("publishedAt", Dates.iso(p.publishedAt()))
                .set("publishedOn", p.publishedAt() == null ? null : Dates.iso(day(p.publishedAt())))
                .set("supersedes", p.supersedes()).set("discloseBy", Dates.iso(p.discloseBy()))
                .set("lastEventType", meta.type());
        if ("REVOKED".equals(p.status())) {
            u.min("revokedOn", eventDay.toString());
        } else {
            u.unset("revokedOn");
        }
        if ("REPEALED".equals(p.validity()) || "EXPIRED".equals(p.validity())) {
            u.min("repealedOn", eventDay.toString());
        } else {
            u.unset("repealedOn");
        }
        return versionGuardedUpsert(p.publicationId(), p.version(), u, target.publications());
    }

    private boolean request(EventMetadata meta, RequestEvent r, Generations.Collections target) {
        Update u = new Update()
                .set("agencyCode", r.agencyCode()).set("trackingCode", r.trackingCode())
                .set("applicantType", r.applicantType()).set("channel", r.channel()).set("status", r.status())
                .set("receivedOn", Dates.iso(r.receivedOn())).set("dueDate", Dates.iso(r.dueDate()))
                .set("dueDateProvisional", r.dueDateProvisional()).set("outcome", r.outcome())
                .set("respondedOn", Dates.iso(r.respondedOn())).set("version", r.version())
                .set("lastEventType", meta.type());
        if (r.respondedOn() != null) {
            u.set("closedOn", r.respondedOn().toString());
        } else if (RequestView.CLOSED_STATUSES.contains(r.status())) {
            u.min("closedOn", day(meta.time()).toString());
        } else {
            u.unset("closedOn");
        }
        if (EventTypes.REQUEST_OVERDUE.equals(meta.type())) {
            u.set("overdueFlagged", true);
        }
        if (EventTypes.REQUEST_EXTENDED.equals(meta.type())) {
            u.set("extended", true);
        }
        if (EventTypes.REQUEST_APPEAL_RECORDED.equals(meta.type())) {
            u.addToSet("appeals", meta.dedupeKey());
        }
        return versionGuardedUpsert(r.requestId(), r.version(), u, target.requests());
    }

    private boolean delivery(DeliveryEvent d, Generations.Collections target) {
        Update u = new Update().set("agencyCode", d.agencyCode()).set("channel", d.channel())
                .set("status", d.status()).set("version", d.attempts()).set("attempts", d.attempts())
                .set("at", Dates.iso(d.at()));
        // deliveries carry no version: the attempt counter orders them
        return versionGuardedUpsert(d.deliveryId(), d.attempts(), u, target.deliveries());
    }

    /**
     * Upsert only when the stored version is not newer. When it is newer the filter misses and the upsert's insert
     * collides on {@code _id}: that collision is the "stale" answer, atomically.
     */
    private boolean versionGuardedUpsert(String id, long version, Update update, String collection) {
        try {
            mongo.upsert(Query.query(where("_id").is(id).and("version").lte(version)), update, collection);
            return true;
        } catch (DuplicateKeyException stale) {
            return false;
        }
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
