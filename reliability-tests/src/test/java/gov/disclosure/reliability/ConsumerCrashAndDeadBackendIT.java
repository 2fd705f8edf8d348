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
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * R8 and R13 with one fault: stats-service is SIGKILLed while it consumes a stream of request events (so some records
 * are written to its read model but their offsets not committed), and while it is dead the gateway must answer its
 * route with a fast 503 problem+json and open the breaker; after the restart the replay must leave the numbers equal to
 * what was acknowledged by the broker, and the breaker must close again.
 */
@Order(5)
@ExtendWith(PlatformExtension.class)
class ConsumerCrashAndDeadBackendIT {
    static final int REQUESTS = 150;   // two events each: received (v0), then extended (v1)
    static final String AGENCY = "rel-crash";

    @Test
    void statsKilledMidStreamRecoversWithoutLossOrDoubleCountAndTheGatewayFailsFastMeanwhile() throws Exception {
        Platform platform = Platform.get();
        Http.token("supervisor");
        Http.token("ops");
        List<Future<?>> acks = new ArrayList<>();
        long acknowledged;
        long statsAtKill;
        double restartSeconds;
        GatewayProbe probe;
        try (KafkaProducer<String, String> producer = Kafka.producer()) {
            int sent = 0;
            // first half at ~150 events/s so that the consumer is busy when it dies
            for (; sent < REQUESTS / 2; sent++) {
                send(producer, sent, acks);
                Thread.sleep(13);
            }
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> total() > 0);
            statsAtKill = total();
            platform.crash("stats-service");
            for (; sent < REQUESTS; sent++) {
                send(producer, sent, acks);
            }
            for (Future<?> f : acks) {
                f.get();
            }
            acknowledged = acks.size();

            probe = GatewayProbe.whileDown();
            platform.restart("stats-service");
            restartSeconds = platform.awaitReady("stats-service", Duration.ofSeconds(120));
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> total() >= REQUESTS && extended() >= REQUESTS);
        Thread.sleep(1000);
        JsonNode requests = Requests.dashboardRequests(AGENCY);
        long total = requests.get("total").asLong();
        long extended = requests.get("byStatus").path("EXTENDED").asLong();
        double closedAfter = probe.awaitClosed();

        new Figures("consumer-crash", acknowledged, 1, Math.max(0, REQUESTS - total),
                Math.max(0, total - REQUESTS)).print("events=" + acknowledged + " requests=" + REQUESTS
                + " countedBeforeKill=" + statsAtKill + " countedAfter=" + total + " extended=" + extended
                + " statsRestartS=" + String.format("%.1f", restartSeconds));
        new Figures("gateway-dead-backend", probe.calls, 1, 0, 0).print(probe.summary()
                + " breakerClosedAfterRestartS=" + String.format("%.1f", closedAfter));
        assertThat(total).isEqualTo(REQUESTS);
        assertThat(extended).isEqualTo(REQUESTS);
        assertThat(requests.get("byStatus").path("RECEIVED").asLong()).isZero();
        assertThat(probe.all503ProblemJsonWithRetryAfter).as(probe.summary()).isTrue();
        assertThat(probe.maxMillis).as("fast failure while the backend is dead").isLessThan(3000);
        assertThat(probe.breakerOpened).as(probe.summary()).isTrue();
    }

    private static void send(KafkaProducer<String, String> producer, int i, List<Future<?>> acks) {
        String id = AGENCY + "-" + i;
        acks.add(producer.send(Kafka.event(Topics.REQUEST_LIFECYCLE, Kafka.newId(), Kafka.RECEIVED, id, AGENCY,
                Kafka.requestData(id, AGENCY, "RECEIVED", 0))));
        acks.add(producer.send(Kafka.event(Topics.REQUEST_LIFECYCLE, Kafka.newId(), "gov.disclosure.request.extended",
                id, AGENCY, Kafka.requestData(id, AGENCY, "EXTENDED", 1))));
    }

    private static long total() throws Exception {
        return Requests.dashboardRequests(AGENCY).get("total").asLong();
    }

    private static long extended() throws Exception {
        return Requests.dashboardRequests(AGENCY).get("byStatus").path("EXTENDED").asLong();
    }

    /** GET /api/stats/dashboard through the gateway while stats-service is dead: latency, status, breaker state. */
    static final class GatewayProbe {
        int calls;
        long maxMillis;
        long firstMillis;
        long openMillis = -1;
        boolean all503ProblemJsonWithRetryAfter = true;
        boolean breakerOpened;
        String breakerState;
        String lastDetail;

        static GatewayProbe whileDown() throws Exception {
            GatewayProbe p = new GatewayProbe();
            for (int i = 0; i < 15; i++) {
                Http.Response r = Http.get("/api/stats/dashboard?agency=" + AGENCY, "supervisor");
                p.calls++;
                p.maxMillis = Math.max(p.maxMillis, r.millis());
                if (i == 0) {
                    p.firstMillis = r.millis();
                }
                boolean ok = r.status() == 503 && r.header("Retry-After") != null
                        && String.valueOf(r.header("Content-Type")).startsWith("application/problem+json");
                p.all503ProblemJsonWithRetryAfter &= ok;
                p.lastDetail = r.status() + " " + r.body();
                if (r.body().contains("circuit breaker is open")) {
                    p.breakerOpened = true;
                    p.openMillis = r.millis();
                }
            }
            p.breakerState = breakerState();
            p.breakerOpened &= "OPEN".equals(p.breakerState) || "HALF_OPEN".equals(p.breakerState);
            return p;
        }

        /** Seconds from now until the stats breaker is CLOSED again (calls go through once the service is back). */
        double awaitClosed() throws Exception {
            long t0 = System.nanoTime();
            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500)).until(() -> {
                Http.get("/api/stats/dashboard?agency=" + AGENCY, "supervisor");
                return "CLOSED".equals(breakerState());
            });
            return (System.nanoTime() - t0) / 1e9;
        }

        static String breakerState() throws Exception {
            Http.Response r = Http.get("/actuator/circuitbreakers", "ops");
            if (r.status() != 200) {
                return "unknown(" + r.status() + ")";
            }
            return r.json().path("circuitBreakers").path("stats").path("state").asString();
        }

        String summary() {
            return "probeCalls=" + calls + " firstMs=" + firstMillis + " maxMs=" + maxMillis + " openCallMs=" + openMillis
                    + " breaker=" + breakerState + " all503ProblemRetryAfter=" + all503ProblemJsonWithRetryAfter;
        }
    }
}
