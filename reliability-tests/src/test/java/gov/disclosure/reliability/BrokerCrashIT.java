package gov.disclosure.reliability;

import gov.disclosure.contracts.CloudEventHeaders;
import gov.disclosure.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * R6 with the broker as the fault: editors publish through the gateway while the Kafka broker is SIGKILLed and later
 * restarted. The outbox in each publication document must hold the events; the relay must resume; every acknowledged
 * publication reaches catalog.publication.v1 exactly once in effect (distinct ce_id per subject), and the stats
 * dashboard counts each once.
 */
@Order(4)
@ExtendWith(PlatformExtension.class)
class BrokerCrashIT {
    static final int PUBLICATIONS = 24;
    static final int KILL_AT = 8;
    static final int RESTART_AT = 16;
    static final String AGENCY = "city-education";

    @Test
    void everyPublicationAcknowledgedAcrossABrokerCrashReachesKafkaAndStatsExactlyOnce() throws Exception {
        Platform platform = Platform.get();
        long statsBefore = Requests.dashboard(AGENCY).get("publications").get("total").asLong();
        List<String> acknowledged = new ArrayList<>();
        Map<String, Integer> failures = new TreeMap<>();
        double restartSeconds = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < PUBLICATIONS; i++) {
            if (i == KILL_AT) {
                platform.crash("kafka");
            }
            if (i == RESTART_AT) {
                platform.restart("kafka"); // publishing goes on while the broker recovers its logs
            }
            String step = publish(i, acknowledged);
            if (step != null) {
                failures.merge(step, 1, Integer::sum);
            }
        }
        long publishMs = (System.nanoTime() - t0) / 1_000_000;
        restartSeconds = platform.awaitReady("kafka", Duration.ofSeconds(90));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> publishedSubjects(acknowledged).keySet().containsAll(acknowledged));
        Map<String, List<ConsumerRecord<String, String>>> bySubject = publishedSubjects(acknowledged);
        long lost = acknowledged.stream().filter(id -> !bySubject.containsKey(id)).count();
        long duplicatedInEffect = bySubject.values().stream().mapToLong(records -> records.stream()
                .map(r -> Kafka.headerValue(r, CloudEventHeaders.ID)).distinct().count() - 1).sum();
        long redeliveries = bySubject.values().stream().mapToLong(records -> records.size() - 1).sum();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                Requests.dashboard(AGENCY).get("publications").get("total").asLong() - statsBefore
                        >= acknowledged.size());
        Thread.sleep(1000);
        long counted = Requests.dashboard(AGENCY).get("publications").get("total").asLong() - statsBefore;
        new Figures("broker-crash", acknowledged.size(), 1, lost, duplicatedInEffect)
                .print("attempted=" + PUBLICATIONS + " failedSteps=" + failures + " sameIdRedeliveries=" + redeliveries
                        + " statsCounted=" + counted + " brokerReadyAfterLoopS=" + String.format("%.1f", restartSeconds)
                        + " publishLoopMs=" + publishMs);
        assertThat(lost).isZero();
        assertThat(duplicatedInEffect).isZero();
        assertThat(counted).isEqualTo(acknowledged.size());
        assertThat(acknowledged).as("publishing must not depend on the broker (outbox)").hasSize(PUBLICATIONS);
    }

    /** Draft, submit, approve, publish; returns the failed step, or null when the publication was acknowledged. */
    private static String publish(int i, List<String> acknowledged) throws Exception {
        Http.Response draft = Http.post("/api/catalog/publications", "editor.edu", """
                {"agencyCode":"city-education","title":"关于2026年中小学校舍安全检查的通知（%d）",
                 "body":"各区教育局：为保障校舍安全，现就开展安全检查工作通知如下。","category":"WORK_NEWS",
                 "subjectTerms":["教育"]}""".formatted(i));
        if (draft.status() != 201) {
            return "draft:" + draft.status();
        }
        String id = draft.json().get("id").asString();
        Http.Response submit = Http.post("/api/catalog/publications/" + id + "/submit", "editor.edu", null);
        if (submit.status() != 200) {
            return "submit:" + submit.status();
        }
        Http.Response review = Http.post("/api/catalog/publications/" + id + "/review", "reviewer.edu",
                "{\"decision\":\"APPROVE\",\"comment\":\"同意公开\"}");
        if (review.status() != 200) {
            return "review:" + review.status();
        }
        Http.Response publish = Http.post("/api/catalog/publications/" + id + "/publish", "editor.edu", null);
        if (publish.status() != 200 || !"PUBLISHED".equals(publish.json().path("status").asString())) {
            return "publish:" + publish.status();
        }
        acknowledged.add(id);
        return null;
    }

    private static Map<String, List<ConsumerRecord<String, String>>> publishedSubjects(List<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        return Kafka.matching(Topics.CATALOG_PUBLICATION,
                        r -> wanted.contains(r.key()) && Kafka.isType(r, Kafka.PUBLISHED))
                .stream().collect(Collectors.groupingBy(ConsumerRecord::key));
    }
}
