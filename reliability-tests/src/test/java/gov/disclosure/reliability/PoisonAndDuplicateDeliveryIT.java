package gov.disclosure.reliability;

import gov.disclosure.contracts.CloudEventHeaders;
import gov.disclosure.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * R10, R7 and R12 against the running consumers: events written straight to the topics by a foreign producer, as
 * another department's (or a buggy) producer would.
 */
@Order(2)
@ExtendWith(PlatformExtension.class)
class PoisonAndDuplicateDeliveryIT {

    /** R10: bad JSON and schema-invalid data go to request.lifecycle.v1-dlt; the partition keeps moving. */
    @Test
    void poisonMessagesLandOnTheDeadLetterTopicAndTheNextValidEventIsStillCounted() throws Exception {
        String agency = "rel-poison";
        String subject = "rel-poison-" + Kafka.newId();   // same key: same partition as the poison
        String badJsonId = Kafka.newId();
        String invalidId = Kafka.newId();
        String validId = Kafka.newId();
        try (KafkaProducer<String, String> producer = Kafka.producer()) {
            producer.send(Kafka.event(Topics.REQUEST_LIFECYCLE, badJsonId, Kafka.RECEIVED, subject, agency,
                    "{\"requestId\": \"" + subject + "\", oops")).get();
            producer.send(Kafka.event(Topics.REQUEST_LIFECYCLE, invalidId, Kafka.RECEIVED, subject, agency,
                    "{\"requestId\":\"" + subject + "\",\"status\":42}")).get();
            producer.send(Kafka.event(Topics.REQUEST_LIFECYCLE, validId, Kafka.RECEIVED, subject, agency,
                    Kafka.requestData(subject, agency, "RECEIVED", 0))).get();
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> Requests.dashboardRequests(agency).get("total").asLong() == 1);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                deadLettersFor(Set.of(badJsonId, invalidId), "stats-service").size() == 2);
        List<ConsumerRecord<String, String>> dlt = Kafka.matching(Topics.deadLetter(Topics.REQUEST_LIFECYCLE),
                r -> Set.of(badJsonId, invalidId, validId).contains(Kafka.headerValue(r, CloudEventHeaders.ID)));
        String groups = dlt.stream().map(r -> Kafka.headerValue(r, "kafka_dlt-original-consumer-group"))
                .collect(Collectors.toList()).toString();
        new Figures("poison-message", 3, 2, 0, 0).print("dltRecords=" + dlt.size() + " byGroup=" + groups
                + " exception=" + Kafka.headerValue(dlt.get(0), "kafka_dlt-exception-fqcn"));
        assertThat(dlt).as("the valid event is never dead-lettered")
                .noneMatch(r -> validId.equals(Kafka.headerValue(r, CloudEventHeaders.ID)));
        assertThat(dlt).allSatisfy(r -> assertThat(r.key()).isEqualTo(subject));
        assertThat(Requests.dashboardRequests(agency).get("total").asLong()).isEqualTo(1);
    }

    /** R7/R12: the same CloudEvent twice, then an older version after a newer one: stats and deliveries unchanged. */
    @Test
    void duplicateAndReorderedDeliveriesChangeNeitherStatsNorWebhookDeliveries() throws Exception {
        String agency = "rel-dup";
        WebhookReceiver receiver = new WebhookReceiver(0);
        try {
            String subscription = Webhooks.subscribe(receiver.url(), agency);
            String requestId = "rel-dup-" + Kafka.newId();
            String publicationId = "rel-dup-pub-" + Kafka.newId();
            String v0 = Kafka.newId();
            String v1 = Kafka.newId();
            String pubEvent = Kafka.newId();
            String staleNewId = Kafka.newId();
            ProducerRecord<String, String> received = Kafka.event(Topics.REQUEST_LIFECYCLE, v0, Kafka.RECEIVED,
                    requestId, agency, Kafka.requestData(requestId, agency, "RECEIVED", 0));
            ProducerRecord<String, String> accepted = Kafka.event(Topics.REQUEST_LIFECYCLE, v1,
                    "gov.disclosure.request.extended", requestId, agency,
                    Kafka.requestData(requestId, agency, "EXTENDED", 1));
            ProducerRecord<String, String> published = Kafka.event(Topics.CATALOG_PUBLICATION, pubEvent,
                    Kafka.PUBLISHED, publicationId, agency, Kafka.publicationData(publicationId, agency, 1));
            int sent = 0;
            try (KafkaProducer<String, String> producer = Kafka.producer()) {
                producer.send(received).get();
                producer.send(accepted).get();
                producer.send(published).get();
                sent += 3;
                // faults: the same events again, and the older request version after the newer one (same id and a
                // fresh id carrying the stale version)
                producer.send(published).get();
                producer.send(accepted).get();
                producer.send(received).get();
                producer.send(Kafka.event(Topics.REQUEST_LIFECYCLE, staleNewId, Kafka.RECEIVED, requestId, agency,
                        Kafka.requestData(requestId, agency, "RECEIVED", 0))).get();
            }
            int faults = 4;
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.callsFor(publicationId).size() >= 1);
            // let the duplicates reach both consumers: a marker event produced after them is processed last
            String markerId = "rel-dup-marker-" + Kafka.newId();
            try (KafkaProducer<String, String> producer = Kafka.producer()) {
                producer.send(Kafka.event(Topics.REQUEST_LIFECYCLE, Kafka.newId(), Kafka.RECEIVED, markerId, agency,
                        Kafka.requestData(markerId, agency, "RECEIVED", 0))).get();
                producer.send(Kafka.event(Topics.CATALOG_PUBLICATION, Kafka.newId(), Kafka.PUBLISHED, markerId,
                        agency, Kafka.publicationData(markerId, agency, 1))).get();
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.callsFor(markerId).size() >= 1
                    && Requests.dashboardRequests(agency).get("total").asLong() == 2);
            Thread.sleep(1500); // a late twin delivery would show up within one dispatcher poll
            JsonNode requests = Requests.dashboardRequests(agency);
            JsonNode publications = Requests.dashboard(agency).get("publications");
            int deliveries = receiver.callsFor(publicationId).size();
            long extended = requests.get("byStatus").path("EXTENDED").asLong();
            long dupStats = requests.get("total").asLong() - 2;
            new Figures("duplicate-and-reordered", sent, faults, 0, (deliveries - 1) + Math.max(0, dupStats))
                    .print("webhookCalls=" + deliveries + " requestsTotal=" + requests.get("total").asLong()
                            + " byStatus=" + requests.get("byStatus") + " publications="
                            + publications.get("total").asLong() + " subscription=" + subscription);
            assertThat(deliveries).as("one webhook delivery per event").isEqualTo(1);
            assertThat(requests.get("total").asLong()).isEqualTo(2);
            assertThat(extended).as("the stale RECEIVED (v0) must not move the request back").isEqualTo(1);
            assertThat(publications.get("total").asLong()).isEqualTo(2);
        } finally {
            receiver.close();
        }
    }

    private static List<ConsumerRecord<String, String>> deadLettersFor(Set<String> ids, String group) {
        return Kafka.matching(Topics.deadLetter(Topics.REQUEST_LIFECYCLE),
                r -> ids.contains(Kafka.headerValue(r, CloudEventHeaders.ID))
                        && group.equals(Kafka.headerValue(r, "kafka_dlt-original-consumer-group")));
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
