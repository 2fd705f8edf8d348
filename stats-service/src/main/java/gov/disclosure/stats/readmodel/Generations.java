package gov.disclosure.stats.readmodel;

import jakarta.annotation.PostConstruct;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Read-model collections come in generations so a rebuild can fill fresh collections while the live ones keep
 * serving, then swap them in with one write to {@code stats_meta}. Generation 0 uses the plain names
 * ({@code processed_events}, {@code publication_views}, …); generation n uses the suffix {@code _g<n>}.
 * One stats-service instance owns the swap (the active generation is read at start-up).
 */
@Component
public class Generations {
    static final String META = "stats_meta";

    private final MongoTemplate mongo;
    private volatile long active;
    private volatile Long building;

    public Generations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostConstruct
    void load() {
        Document meta = mongo.findById("generation", Document.class, META);
        active = meta == null ? 0 : ((Number) meta.get("active")).longValue();
    }

    public Collections active() {
        return Collections.of(active);
    }

    /** Where a live event goes: the active generation and, during a rebuild, the one being built too. */
    public List<Collections> writeTargets() {
        List<Collections> targets = new ArrayList<>(2);
        targets.add(Collections.of(active));
        Long b = building;
        if (b != null) {
            targets.add(Collections.of(b));
        }
        return targets;
    }

    public synchronized Collections startBuilding() {
        if (building != null) {
            throw new IllegalStateException("a rebuild is already running");
        }
        Collections next = Collections.of(active + 1);
        next.all().forEach(mongo::dropCollection);
        building = active + 1;
        return next;
    }

    public synchronized void abandonBuilding() {
        if (building != null) {
            Collections.of(building).all().forEach(mongo::dropCollection);
            building = null;
        }
    }

    /** Makes the built generation the active one and drops the old collections. */
    public synchronized long swap() {
        if (building == null) {
            throw new IllegalStateException("no rebuild to swap in");
        }
        long old = active;
        mongo.upsert(Query.query(Criteria.where("_id").is("generation")), Update.update("active", building), META);
        active = building;
        building = null;
        Collections.of(old).all().forEach(mongo::dropCollection);
        return active;
    }

    /** The collection names of one generation. */
    public record Collections(long generation, String processedEvents, String publications, String requests,
                              String deliveries) {
        static Collections of(long generation) {
            String s = generation == 0 ? "" : "_g" + generation;
            return new Collections(generation, "processed_events" + s, "publication_views" + s,
                    "request_views" + s, "delivery_views" + s);
        }

        List<String> all() {
            return List.of(processedEvents, publications, requests, deliveries);
        }
    }
}
