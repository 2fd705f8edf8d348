package gov.disclosure.catalog.publication;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Publishes SCHEDULED records whose {@code publishAt} has come. The schedule is state in MongoDB, so a restart loses
 * nothing; the publish itself is a version-guarded save, so two instances cannot both publish one record.
 */
@Component
public class ScheduledPublisher {
    private final MongoTemplate mongo;
    private final PublicationService service;
    private final Clock clock;

    public ScheduledPublisher(MongoTemplate mongo, PublicationService service, Clock clock) {
        this.mongo = mongo;
        this.service = service;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${catalog.scheduler.interval:5000}")
    public void publishDue() {
        Instant now = clock.instant();
        Query due = Query.query(Criteria.where("status").is(PublicationStatus.SCHEDULED.name())
                .and("publishAt").lte(now)).limit(50);
        for (Publication p : mongo.find(due, Publication.class)) {
            try {
                service.publishNow(p, "scheduler");
            } catch (org.springframework.dao.OptimisticLockingFailureException raced) {
                // another instance (or an editor) got there first: nothing to do
            }
        }
        // amendments whose predecessor was not yet marked superseded (a crash between the two writes)
        Query pending = Query.query(Criteria.where("status").is(PublicationStatus.PUBLISHED.name())
                .and("supersedePending").is(true)
                .and("publishedAt").lt(now.minusSeconds(30))).limit(50);
        for (Publication amendment : mongo.find(pending, Publication.class)) {
            service.completeSupersede(amendment);
        }
    }
}
