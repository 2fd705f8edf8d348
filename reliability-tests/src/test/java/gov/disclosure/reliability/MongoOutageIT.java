package gov.disclosure.reliability;

import gov.disclosure.contracts.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * R17: the MongoDB server process is stopped (SIGTERM: port closed, connection refused) and restarted on the same
 * data file. A write during the outage must fail with 503 problem+json and Retry-After and emit no event; after the
 * restart the services recover on their own (same pids) and an event consumed during the outage is not lost.
 */
@Order(6)
@ExtendWith(PlatformExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MongoOutageIT {
    static final String AGENCY = "rel-mongo";

    @Test
    @Order(1)
    void aWriteDuringAMongoOutageFailsWith503AndNoEventAndTheServicesRecoverWithoutRestart() throws Exception {
        Platform platform = Platform.get();
        Http.token("citizen1");
        Http.token("supervisor");
        long requestPid = platform.pid("request-service");
        long statsPid = platform.pid("stats-service");
        long offsetsBefore = Kafka.endOffsetSum(Topics.REQUEST_LIFECYCLE);
        String viaGatewayKey = "rel-mongo-gw-" + Kafka.newId();
        String directKey = "rel-mongo-direct-" + Kafka.newId();

        platform.stop("mongo");
        long t0 = System.nanoTime();
        // an event the stats consumer receives while its database is down: it must not be lost
        String consumedDuringOutage = AGENCY + "-" + Kafka.newId();
        try (KafkaProducer<String, String> producer = Kafka.producer()) {
            producer.send(Kafka.event(Topics.REQUEST_LIFECYCLE, Kafka.newId(), Kafka.RECEIVED, consumedDuringOutage,
                    AGENCY, Kafka.requestData(consumedDuringOutage, AGENCY, "RECEIVED", 0))).get();
        }
        CompletableFuture<Http.Response> viaGateway = CompletableFuture.supplyAsync(() ->
                call(platform.gateway(), viaGatewayKey));
        CompletableFuture<Http.Response> direct = CompletableFuture.supplyAsync(() ->
                call(platform.direct("request-service"), directKey));
        Http.Response gw = viaGateway.get();
        Http.Response svc = direct.get();
        long offsetsDuringOutage = Kafka.endOffsetSum(Topics.REQUEST_LIFECYCLE) - offsetsBefore - 1;
        double outageSeconds = (System.nanoTime() - t0) / 1e9;

        platform.restart("mongo");
        platform.awaitReady("mongo", Duration.ofSeconds(60));
        long t1 = System.nanoTime();
        String recoveryKey = "rel-mongo-rec-" + Kafka.newId();
        Http.Response[] recovered = new Http.Response[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            recovered[0] = call(platform.gateway(), recoveryKey);
            return recovered[0].status() == 201;
        });
        double recoverySeconds = (System.nanoTime() - t1) / 1e9;

        // the failed writes left nothing behind: the same keys now create new requests (201, not a 200 replay)
        Http.Response gwAgain = call(platform.gateway(), viaGatewayKey);
        Http.Response svcAgain = call(platform.gateway(), directKey);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> Requests.dashboardRequests(AGENCY).get("total").asLong() == 1);
        String[] ids = {id(gwAgain), id(svcAgain), id(recovered[0])};
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            for (String id : ids) {
                if (received(id) < 1) {
                    return false;
                }
            }
            return true;
        });
        long duplicated = 0;
        for (String id : ids) {
            duplicated += received(id) - 1;
        }
        boolean lateWrite = gwAgain.status() == 200 || svcAgain.status() == 200;
        long statsCounted = Requests.dashboardRequests(AGENCY).get("total").asLong();
        // acknowledged: the event Kafka took during the outage and the three filings answered 201 afterwards
        new Figures("mongo-outage", 4, 1, (1 - statsCounted) + (lateWrite ? 0 : 0), duplicated).print(
                "gateway=" + gw.status() + "/" + gw.millis() + "ms retryAfter=" + gw.header("Retry-After")
                        + " type=" + gw.header("Content-Type")
                        + " direct=" + svc.status() + "/" + svc.millis() + "ms retryAfter=" + svc.header("Retry-After")
                        + " type=" + svc.header("Content-Type")
                        + " eventsDuringOutage=" + offsetsDuringOutage + " outageS=" + String.format("%.1f", outageSeconds)
                        + " recoveredAfterS=" + String.format("%.1f", recoverySeconds)
                        + " replayOfFailedKeys=" + gwAgain.status() + "," + svcAgain.status());
        assertThat(gw.status()).as(gw.body()).isEqualTo(503);
        assertThat(gw.header("Retry-After")).isNotNull();
        assertThat(gw.header("Content-Type")).startsWith("application/problem+json");
        assertThat(svc.status()).as(svc.body()).isEqualTo(503);
        assertThat(svc.header("Retry-After")).isNotNull();
        assertThat(svc.header("Content-Type")).startsWith("application/problem+json");
        assertThat(offsetsDuringOutage).as("no event for a failed write").isZero();
        assertThat(platform.pid("request-service")).as("recovered without a restart").isEqualTo(requestPid);
        assertThat(platform.pid("stats-service")).isEqualTo(statsPid);
        assertThat(gwAgain.status()).as("the failed write was not persisted later").isEqualTo(201);
        assertThat(svcAgain.status()).isEqualTo(201);
        assertThat(duplicated).isZero();
    }

    /**
     * The same contract under a hang (SIGSTOP: the port stays open, nothing answers) instead of a stop: the gateway
     * answers 503 after its 10 s time limit, but the service's own call to MongoDB has no timeout and is still waiting.
     */
    @Test
    @Order(2)
    void aWriteRejectedWith503DuringAMongoHangChangesNothingAfterTheServerResumes() throws Exception {
        Platform platform = Platform.get();
        String key = "rel-mongo-hang-" + Kafka.newId();
        String directKey = "rel-mongo-hang-direct-" + Kafka.newId();
        long offsetsBefore = Kafka.endOffsetSum(Topics.REQUEST_LIFECYCLE);
        platform.pause("mongo");
        Http.Response gw;
        String direct;
        try {
            CompletableFuture<String> directCall = CompletableFuture.supplyAsync(() -> {
                try {
                    Http.Response r = Requests.file(platform.direct("request-service"), directKey, Duration.ofSeconds(12));
                    return r.status() + "/" + r.millis() + "ms";
                } catch (Exception e) {
                    return "no answer in 12 s (" + e.getClass().getSimpleName() + ")";
                }
            });
            gw = call(platform.gateway(), key);
            direct = directCall.get();
        } finally {
            platform.resume("mongo");
        }
        String recoveryKey = "rel-mongo-hang-rec-" + Kafka.newId();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> call(platform.gateway(), recoveryKey).status() == 201);
        Http.Response again = call(platform.gateway(), key);
        Http.Response directAgain = call(platform.gateway(), directKey);
        String id = id(again);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> received(id) >= 1);
        long lateWrites = (again.status() == 200 ? 1 : 0) + (directAgain.status() == 200 ? 1 : 0);
        new Figures("mongo-hang", 0, 1, 0, lateWrites).print("gateway=" + gw.status() + "/" + gw.millis() + "ms retryAfter="
                + gw.header("Retry-After") + " direct=" + direct + " sameKeyAfterResume=" + again.status() + ","
                + directAgain.status() + " (200 = replay: the rejected write was applied after the 503)"
                + " eventsSinceHang=" + (Kafka.endOffsetSum(Topics.REQUEST_LIFECYCLE) - offsetsBefore));
        assertThat(gw.status()).as(gw.body()).isEqualTo(503);
        assertThat(gw.header("Retry-After")).isNotNull();
        assertThat(again.status()).as("a request answered 503 must change nothing (api-contract: a rejected request "
                + "changes nothing); 200 means it was stored, and its event emitted, after the 503").isEqualTo(201);
        assertThat(directAgain.status()).isEqualTo(201);
    }

    private static Http.Response call(String base, String key) {
        try {
            return Requests.file(base, key, Duration.ofSeconds(70));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String id(Http.Response r) {
        return r.json().get("id").asString();
    }

    private static long received(String requestId) {
        return Kafka.matching(Topics.REQUEST_LIFECYCLE,
                r -> requestId.equals(r.key()) && Kafka.isType(r, Kafka.RECEIVED)).size();
    }
}
