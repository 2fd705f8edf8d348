package gov.disclosure.request.platform;

import gov.disclosure.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** This service produces request.lifecycle.v1; it declares the topic and its dead-letter topic. */
@Configuration
public class KafkaTopics {
    @Bean
    NewTopic requestLifecycle() {
        return TopicBuilder.name(Topics.REQUEST_LIFECYCLE).partitions(Topics.PARTITIONS).replicas(1).build();
    }

    @Bean
    NewTopic requestLifecycleDlt() {
        return TopicBuilder.name(Topics.deadLetter(Topics.REQUEST_LIFECYCLE)).partitions(Topics.PARTITIONS)
                .replicas(1).build();
    }
}
