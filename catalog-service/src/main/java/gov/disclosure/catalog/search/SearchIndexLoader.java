package gov.disclosure.catalog.search;

import gov.disclosure.catalog.publication.Publication;
import gov.disclosure.catalog.publication.PublicationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.stream.Stream;

/** Rebuilds the in-memory index from MongoDB at start (before demo seeding adds to it) and on demand. */
@Component
@Order(0)
public class SearchIndexLoader implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(SearchIndexLoader.class);
    private final MongoTemplate mongo;
    private final SearchIndex index;

    public SearchIndexLoader(MongoTemplate mongo, SearchIndex index) {
        this.mongo = mongo;
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        rebuild();
    }

    public long rebuild() {
        long start = System.nanoTime();
        Query publicRecords = Query.query(Criteria.where("status").in(PublicationStatus.PUBLISHED.name(),
                PublicationStatus.REVOKED.name(), PublicationStatus.SUPERSEDED.name()));
        long[] count = {0};
        try (Stream<Publication> all = mongo.stream(publicRecords, Publication.class)) {
            index.replaceAll(() -> all.peek(p -> count[0]++).iterator());
        }
        log.info("search index rebuilt from MongoDB: {} public records in {} ms", count[0],
                (System.nanoTime() - start) / 1_000_000);
        return count[0];
    }
}
