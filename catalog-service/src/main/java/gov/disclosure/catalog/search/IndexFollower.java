package gov.disclosure.catalog.search;

import gov.disclosure.catalog.publication.PublicationRepository;
import gov.disclosure.contracts.CloudEventHeaders;
import gov.disclosure.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * Keeps this instance's in-memory index current with changes made by any instance: every instance reads
 * {@code catalog.publication.v1} in a consumer group of its own (from the latest offset: the index was just rebuilt
 * from MongoDB at start) and re-indexes the record the event names, as MongoDB holds it now. Re-indexing is
 * idempotent, so the instance that made the change and indexed it already loses nothing but a little work.
 */
@Component
public class IndexFollower {
    private final PublicationRepository publications;
    private final SearchIndex index;

    public IndexFollower(PublicationRepository publications, SearchIndex index) {
        this.publications = publications;
        this.index = index;
    }

    public static final String LISTENER_ID = "catalog-index-follower";

    @KafkaListener(id = LISTENER_ID, topics = Topics.CATALOG_PUBLICATION, groupId = "catalog-index-#{T(java.util.UUID).randomUUID()}",
            properties = {"auto.offset.reset=latest", "enable.auto.commit=true"})
    public void onChange(ConsumerRecord<String, String> record) {
        Header subject = record.headers().lastHeader(CloudEventHeaders.SUBJECT);
        String id = subject != null ? new String(subject.value(), StandardCharsets.UTF_8) : record.key();
        if (id != null) {
            publications.findById(id).ifPresent(index::update);
        }
    }
}
