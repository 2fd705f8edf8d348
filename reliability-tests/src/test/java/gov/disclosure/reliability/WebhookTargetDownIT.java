package gov.disclosure.reliability;

import gov.disclosure.contracts.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhook target down, then up: notification-service keeps retrying (retry schedule shortened to 1 s through the
 * environment, NOTIFICATION_DELIVERY_RETRY_SCHEDULE) and delivers every event exactly once after the target is back.
 */
@Order(3)
@ExtendWith(PlatformExtension.class)
class WebhookTargetDownIT {
    static final int EVENTS = 5;

    @Test
    void eventsPublishedWhileTheTargetIsDownAreDeliveredExactlyOnceWhenItComesBack() throws Exception {
        String agency = "rel-hook";
        WebhookReceiver receiver = new WebhookReceiver(0);
        try {
            String subscription = Webhooks.subscribe(receiver.url(), agency);
            receiver.down();
            List<String> ids = new ArrayList<>();
            try (KafkaProducer<String, String> producer = Kafka.producer()) {
                for (int i = 0; i < EVENTS; i++) {
                    String id = "rel-hook-" + i + "-" + Kafka.newId();
                    producer.send(Kafka.event(Topics.CATALOG_PUBLICATION, Kafka.newId(), Kafka.PUBLISHED, id, agency,
                            Kafka.publicationData(id, agency, 1))).get();
                    ids.add(id);
                }
            }
            // the target is down: wait until every delivery has failed at least once
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
                JsonNode list = Webhooks.deliveries(subscription).json();
                return list.size() >= EVENTS && allHaveFailedAttempts(list);
            });
            long t0 = System.nanoTime();
            receiver.up();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> ids.stream().allMatch(id -> !receiver.callsFor(id).isEmpty()));
            long recoveryMs = (System.nanoTime() - t0) / 1_000_000;
            Thread.sleep(3000); // three retry periods: a twin delivery would have arrived
            long lost = ids.stream().filter(id -> receiver.callsFor(id).isEmpty()).count();
            long duplicated = ids.stream().mapToLong(id -> Math.max(0, receiver.callsFor(id).size() - 1)).sum();
            JsonNode list = Webhooks.deliveries(subscription).json();
            StringBuilder states = new StringBuilder();
            for (JsonNode d : list) {
                states.append(d.path("status").asString()).append('/').append(d.path("attempts").asInt()).append(' ');
            }
            new Figures("webhook-target-down", EVENTS, 1, lost, duplicated)
                    .print("deliveredAfterUpMs=" + recoveryMs + " deliveries(status/attempts)=" + states.toString().trim());
            assertThat(lost).isZero();
            assertThat(duplicated).isZero();
            assertThat(list).allSatisfy(d -> assertThat(d.path("status").asString()).isEqualTo("SUCCEEDED"));
        } finally {
            receiver.close();
        }
    }

    private static boolean allHaveFailedAttempts(JsonNode list) {
        for (JsonNode d : list) {
            if (d.path("attempts").asInt() < 1) {
                return false;
            }
        }
        return true;
    }
}
