package gov.disclosure.stats.ingest;

import gov.disclosure.stats.readmodel.Generations;
import gov.disclosure.stats.readmodel.ReadModelWriter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/** Validates a consumed record, applies it to the read models, and counts what happened. */
@Component
public class EventIngestor {
    private final ReadModelWriter writer;
    private final Generations generations;
    private final MeterRegistry meters;

    public EventIngestor(ReadModelWriter writer, Generations generations, MeterRegistry meters) {
        this.writer = writer;
        this.generations = generations;
        this.meters = meters;
    }

    /** A live event: into the active generation and, during a rebuild, into the one being built. */
    public void ingestLive(ConsumerRecord<String, String> record) {
        IncomingEvent event = parse(record);
        ReadModelWriter.Outcome outcome = null;
        for (Generations.Collections target : generations.writeTargets()) {
            ReadModelWriter.Outcome o = writer.apply(event.topic(), event.metadata(), event.json(), target);
            outcome = outcome == null ? o : outcome;
        }
        count(event, outcome);
        Timer.builder("stats.events.lag").description("event time to processing")
                .tag("topic", event.topic()).register(meters)
                .record(Duration.between(event.metadata().time(), Instant.now()).abs());
    }

    /** A replayed event into one generation (rebuild); poison records are skipped there, they are in the DLT already. */
    public boolean ingestInto(ConsumerRecord<String, String> record, Generations.Collections target) {
        IncomingEvent event;
        try {
            event = IncomingEvent.parse(record);
        } catch (PoisonMessageException e) {
            return false;
        }
        writer.apply(event.topic(), event.metadata(), event.json(), target);
        return true;
    }

    private IncomingEvent parse(ConsumerRecord<String, String> record) {
        try {
            return IncomingEvent.parse(record);
        } catch (PoisonMessageException e) {
            meters.counter("stats.events.poison", "topic", record.topic()).increment();
            throw e;
        }
    }

    private void count(IncomingEvent event, ReadModelWriter.Outcome outcome) {
        meters.counter("stats.events.consumed", "topic", event.topic()).increment();
        if (outcome == ReadModelWriter.Outcome.DUPLICATE) {
            meters.counter("stats.events.deduplicated", "topic", event.topic()).increment();
        } else if (outcome == ReadModelWriter.Outcome.STALE) {
            meters.counter("stats.events.stale", "topic", event.topic()).increment();
        }
    }
}
