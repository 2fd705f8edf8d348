package gov.disclosure.reliability;

import gov.disclosure.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** R18: the same POST /api/requests with one Idempotency-Key, sent by 10 threads at once, creates one request. */
@Order(1)
@ExtendWith(PlatformExtension.class)
class ConcurrentIdempotencyKeyIT {
    static final int THREADS = 10;

    @Test
    void tenConcurrentFilingsWithOneIdempotencyKeyCreateExactlyOneRequestAndOneEvent() throws Exception {
        Platform platform = Platform.get();
        String key = "rel-" + Kafka.newId();
        Http.token("citizen1");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Http.Response>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return Requests.file(platform.gateway(), key, Duration.ofSeconds(30));
            }));
        }
        start.countDown();
        List<Http.Response> responses = new ArrayList<>();
        for (Future<Http.Response> f : futures) {
            responses.add(f.get());
        }
        pool.shutdown();

        TreeMap<Integer, Long> byStatus = responses.stream()
                .collect(Collectors.groupingBy(Http.Response::status, TreeMap::new, Collectors.counting()));
        Set<String> ids = responses.stream().filter(r -> r.status() / 100 == 2)
                .map(r -> r.json().get("id").asString()).collect(Collectors.toSet());
        long acknowledged = responses.stream().filter(r -> r.status() / 100 == 2).count();
        assertThat(ids).as("statuses %s, bodies %s", byStatus, responses.stream().map(Http.Response::body).toList())
                .hasSize(1);
        String id = ids.iterator().next();

        // the outbox relay publishes the one request exactly once
        await().atMost(Duration.ofSeconds(30)).until(() -> receivedEvents(id).size() >= 1);
        Thread.sleep(1500); // a second relay sweep would have published a twin by now
        List<ConsumerRecord<String, String>> events = receivedEvents(id);
        new Figures("concurrent-idempotency-key", acknowledged, 0, 0, (ids.size() - 1) + (events.size() - 1))
                .print("threads=" + THREADS + " statuses=" + byStatus + " requests=" + ids.size()
                        + " receivedEvents=" + events.size());
        assertThat(byStatus.keySet()).as("only 201 (first) and 200/201 (replay), no 5xx").allMatch(s -> s < 500);
        assertThat(events).hasSize(1);
    }

    private static List<ConsumerRecord<String, String>> receivedEvents(String requestId) {
        return Kafka.matching(Topics.REQUEST_LIFECYCLE,
                r -> requestId.equals(r.key()) && Kafka.isType(r, Kafka.RECEIVED));
    }
}
