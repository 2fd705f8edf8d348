package gov.disclosure.stats.ingest;

import gov.disclosure.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The three subscriptions of the stats read models; all work is done by {@link EventIngestor}. */
@Component
public class EventListeners {
    public static final String GROUP = "stats-service";

    private final EventIngestor ingestor;

    public EventListeners(EventIngestor ingestor) {
        this.ingestor = ingestor;
    }

    @KafkaListener(id = "stats-publications", topics = Topics.CATALOG_PUBLICATION, groupId = GROUP)
    public void onPublication(ConsumerRecord<String, String> record) {
        ingestor.ingestLive(record);
    }

    @KafkaListener(id = "stats-requests", topics = Topics.REQUEST_LIFECYCLE, groupId = GROUP)
    public void onRequest(ConsumerRecord<String, String> record) {
        ingestor.ingestLive(record);
    }

    @KafkaListener(id = "stats-deliveries", topics = Topics.NOTIFICATION_DELIVERY, groupId = GROUP)
    public void onDelivery(ConsumerRecord<String, String> record) {
        ingestor.ingestLive(record);
    }
}
