package gov.disclosure.notification.platform;

import gov.disclosure.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import java.time.Clock;

@Configuration
public class PlatformConfig {
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    NewTopic deliveryTopic() {
        return TopicBuilder.name(Topics.NOTIFICATION_DELIVERY).partitions(Topics.PARTITIONS).replicas(1).build();
    }

    @Bean
    NewTopic deliveryDeadLetterTopic() {
        return TopicBuilder.name(Topics.deadLetter(Topics.NOTIFICATION_DELIVERY)).partitions(Topics.PARTITIONS)
                .replicas(1).build();
    }

    /** Bounded blocking retries (Mongo hiccups), then the record goes to {@code <topic>-dlt}; bad payloads go at once. */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> template) {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxAttempts(4);
        DefaultErrorHandler handler = new DefaultErrorHandler(new DeadLetterPublishingRecoverer(template), backOff);
        handler.addNotRetryableExceptions(InvalidEventException.class);
        return handler;
    }
}
