package gov.disclosure.notification.platform;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes explicitly at startup (auto index creation is off by default). The unique
 * (subscriptionId, eventId) index is the rule "at most one delivery per subscription and event".
 */
@Component
public class MongoIndexes implements InitializingBean {
    private final MongoTemplate mongo;

    public MongoIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps("deliveries").createIndex(new Index().on("subscriptionId", Sort.Direction.ASC)
                .on("eventId", Sort.Direction.ASC).unique().named("subscription_event"));
        mongo.indexOps("deliveries").createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("nextAttemptAt", Sort.Direction.ASC).named("due"));
        mongo.indexOps("subscriptions").createIndex(new Index().on("status", Sort.Direction.ASC).named("status"));
        mongo.indexOps("subscriptions").createIndex(new Index().on("owner", Sort.Direction.ASC).named("owner"));
    }
}
