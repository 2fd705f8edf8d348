package gov.disclosure.stats.rebuild;

import gov.disclosure.contracts.Topics;
import gov.disclosure.stats.ingest.EventIngestor;
import gov.disclosure.stats.readmodel.Generations;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Replays every stats topic from the beginning into a fresh generation of the read-model collections, then swaps it
 * in. Live events keep flowing into both generations meanwhile, so nothing is lost between the replay's end offsets
 * and the swap.
 */
@Service
public class RebuildService {
    static final Duration MAX_DURATION = Duration.ofMinutes(10);

    private final ConsumerFactory<String, String> consumers;
    private final EventIngestor ingestor;
    private final Generations generations;

    public RebuildService(ConsumerFactory<String, String> consumers, EventIngestor ingestor, Generations generations) {
        this.consumers = consumers;
        this.ingestor = ingestor;
        this.generations = generations;
    }

    public record Result(long generation, Map<String, Long> replayed, long skippedPoison, long millis) {
    }

    public synchronized Result rebuild() {
        Instant start = Instant.now();
        Generations.Collections target = generations.startBuilding();
        Map<String, Long> replayed = new TreeMap<>();
        long poison = 0;
        try (Consumer<String, String> consumer = consumers.createConsumer("stats-rebuild-" + UUID.randomUUID(),
                "stats-rebuild")) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : Topics.ALL) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = start.plus(MAX_DURATION);
            while (!caughtUp(consumer, end)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("rebuild did not finish within " + MAX_DURATION);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(tp)) {
                        continue; // newer than the snapshot: the live listener writes it into both generations
                    }
                    if (ingestor.ingestInto(record, target)) {
                        replayed.merge(record.topic(), 1L, Long::sum);
                    } else {
                        poison++;
                    }
                }
            }
        } catch (RuntimeException e) {
            generations.abandonBuilding();
            throw e;
        }
        long generation = generations.swap();
        return new Result(generation, replayed, poison, Duration.between(start, Instant.now()).toMillis());
    }

    private static boolean caughtUp(Consumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
