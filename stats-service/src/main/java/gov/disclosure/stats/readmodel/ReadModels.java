package gov.disclosure.stats.readmodel;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Reads the active generation of the read models (agency null = every agency). */
@Component
public class ReadModels {
    private final MongoTemplate mongo;
    private final Generations generations;

    public ReadModels(MongoTemplate mongo, Generations generations) {
        this.mongo = mongo;
        this.generations = generations;
    }

    public List<PublicationView> publications(String agency) {
        return find(agency, generations.active().publications()).stream().map(PublicationView::from).toList();
    }

    public List<RequestView> requests(String agency) {
        return find(agency, generations.active().requests()).stream().map(RequestView::from).toList();
    }

    public List<DeliveryView> deliveries(String agency) {
        return find(agency, generations.active().deliveries()).stream().map(DeliveryView::from).toList();
    }

    public long processedEvents() {
        return mongo.count(new Query(), generations.active().processedEvents());
    }

    private List<Document> find(String agency, String collection) {
        Query q = agency == null ? new Query() : Query.query(where("agencyCode").is(agency));
        return mongo.find(q, Document.class, collection);
    }
}
