package gov.disclosure.catalog.platform;

import gov.disclosure.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The topic this service produces, and its dead-letter twin with as many partitions (spring-kafka keeps them). */
@Configuration
public class KafkaTopicsConfig {
    @Bean
    NewTopic publicationTopic() {
        return TopicBuilder.name(Topics.CATALOG_PUBLICATION).partitions(Topics.PARTITIONS).replicas(1).build();
    }

    @Bean
    NewTopic publicationDeadLetterTopic() {
        return TopicBuilder.name(Topics.deadLetter(Topics.CATALOG_PUBLICATION)).partitions(Topics.PARTITIONS)
                .replicas(1).build();
    }
}
