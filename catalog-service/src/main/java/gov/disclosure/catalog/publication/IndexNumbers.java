package gov.disclosure.catalog.publication;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Allocates index numbers (索引号), unique per agency and year: {@code city-health-2026-00042}. One atomic counter
 * document per agency and year, so concurrent publishers never get the same number.
 */
@Component
public class IndexNumbers {
    private final MongoTemplate mongo;

    public IndexNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public String next(String agencyCode, int year) {
        String key = agencyCode + "-" + year;
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(key)),
                new Update().inc("seq", 1), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, "index_counters");
        long seq = ((Number) counter.get("seq")).longValue();
        return String.format("%s-%05d", key, seq);
    }
}
