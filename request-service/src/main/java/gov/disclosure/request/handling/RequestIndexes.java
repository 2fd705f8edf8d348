package gov.disclosure.request.handling;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Unique indexes carry the guarantees: one request per Idempotency-Key, one per tracking code. */
@Component
public class RequestIndexes implements InitializingBean {
    private final MongoTemplate mongo;

    public RequestIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        var ops = mongo.indexOps(InfoRequest.class);
        ops.createIndex(new Index().on("idempotencyKey", Sort.Direction.ASC).unique().named("idempotency_key"));
        ops.createIndex(new Index().on("trackingCode", Sort.Direction.ASC).unique().named("tracking_code"));
        ops.createIndex(new Index().on("agencyCode", Sort.Direction.ASC).on("dueDate", Sort.Direction.ASC)
                .named("agency_due"));
    }
}
