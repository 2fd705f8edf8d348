package gov.disclosure.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import gov.disclosure.contracts.CloudEventHeaders;
import gov.disclosure.contracts.EventSchemas;
import gov.disclosure.contracts.EventTypes;
import gov.disclosure.contracts.PublicationEvent;
import gov.disclosure.contracts.RequestEvent;
import gov.disclosure.contracts.Topics;
import gov.disclosure.testsupport.EmbeddedMongo;
import gov.disclosure.testsupport.TestJwtIssuer;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The service end to end against real peers: embedded KRaft Kafka, the MongoDB wire server, a JWKS-serving token
 * issuer, a loopback webhook receiver and a GreenMail SMTP server. One Spring context for the whole module.
 * Every test uses its own agency code so that the events of one test never match another test's subscriptions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "logging.level.kafka=WARN", "logging.level.org.apache.kafka=WARN", "logging.level.state.change=ERROR",
                "logging.level.org.mongodb.driver=WARN", "logging.level.gov.disclosure.notification=DEBUG"})
@EmbeddedKafka(partitions = Topics.PARTITIONS, topics = {Topics.CATALOG_PUBLICATION, Topics.REQUEST_LIFECYCLE,
        Topics.NOTIFICATION_DELIVERY, "catalog.publication.v1-dlt", "request.lifecycle.v1-dlt",
        "notification.delivery.v1-dlt"})
class NotificationFlowTest {
    static final EmbeddedMongo MONGO = new EmbeddedMongo();
    static final TestJwtIssuer ISSUER = new TestJwtIssuer();
    static final Receiver RECEIVER;
    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        try {
            RECEIVER = new Receiver();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        MAIL.start();
    }

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<ConsumerRecord<String, String>> DELIVERY_EVENTS = new CopyOnWriteArrayList<>();
    private static final List<ConsumerRecord<String, String>> DEAD_LETTERS = new CopyOnWriteArrayList<>();
    private static KafkaConsumer<String, String> watcher;
    private static KafkaProducer<String, String> producer;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
        registry.add("spring.mongodb.database", () -> "notifications-test");
        registry.add("platform.security.jwk-set-uri", ISSUER::jwkSetUri);
        registry.add("notification.webhooks.allow-http", () -> "true");
        registry.add("notification.webhooks.allow-private-targets", () -> "true"); // the receiver is on loopback
        registry.add("notification.delivery.retry-schedule", () -> "150ms,150ms,150ms");
        registry.add("notification.delivery.jitter", () -> "0");
        registry.add("notification.delivery.poll-interval", () -> "50ms");
        // every receiver path shares one host:port here; the per-host breaker has its own unit test
        registry.add("notification.delivery.circuit-minimum-calls", () -> "1000");
        registry.add("notification.public-base-url", () -> "http://portal.example");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;

    @AfterAll
    static void stopPeers() {
        if (watcher != null) {
            watcher.close();
        }
        if (producer != null) {
            producer.close();
        }
        RECEIVER.close();
        MAIL.stop();
        ISSUER.close();
        // MONGO stays up: the cached Spring context (and its sweepers) shuts down after this class
    }

    // ---------------------------------------------------------------- webhooks

    @Test
    void aPublishedEventReachesTheWebhookOnceSignedPerStandardWebhooksEvenWhenProducedTwice() throws Exception {
        String agency = "agency-once";
        String path = "/hooks/once";
        JsonNode created = createSubscription(ISSUER.citizen("citizen1"), "WEBHOOK", RECEIVER.url(path),
                Map.of("agencies", List.of(agency), "eventTypes", List.of("publication.published")));
        String secret = created.get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSizeBetween(24, 32);

        String eventId = UUID.randomUUID().toString();
        String publicationId = "pub-" + UUID.randomUUID();
        PublicationEvent data = publication(publicationId, agency, "BUDGET", "2025年部门预算公开");
        publish(eventId, EventTypes.PUBLICATION_PUBLISHED, publicationId, agency, data);
        publish(eventId, EventTypes.PUBLICATION_PUBLISHED, publicationId, agency, data); // replay: same id
        // same key, same partition, later offset: once this one arrives the duplicate has been consumed
        String sentinelId = UUID.randomUUID().toString();
        publish(sentinelId, EventTypes.PUBLICATION_PUBLISHED, publicationId, agency,
                publication(publicationId, agency, "BUDGET", "2025年部门预算公开（第二版）"));

        awaitTrue(() -> RECEIVER.calls(path).size() >= 2);
        List<Receiver.Call> calls = RECEIVER.calls(path);
        assertThat(calls).hasSize(2);
        Receiver.Call call = calls.stream().filter(c -> c.body().contains(eventId)).findFirst().orElseThrow();
        assertThat(calls.stream().filter(c -> c.body().contains(eventId))).hasSize(1);

        // the signature verifies with the secret returned once, recomputed here independently
        String msgId = call.header("webhook-id");
        String timestamp = call.header("webhook-timestamp");
        assertThat(msgId).isNotBlank();
        assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp))).isLessThan(300);
        assertThat(verifies(secret, msgId, timestamp, call.body(), call.header("webhook-signature"))).isTrue();
        assertThat(verifies(secret, msgId, timestamp, call.body().replace("预算", "决算"),
                call.header("webhook-signature"))).isFalse();

        // body = the CloudEvent in JSON structured mode
        JsonNode body = json.readTree(call.body());
        assertThat(body.get("specversion").asString()).isEqualTo("1.0");
        assertThat(body.get("id").asString()).isEqualTo(eventId);
        assertThat(body.get("source").asString()).isEqualTo("/catalog-service");
        assertThat(body.get("type").asString()).isEqualTo(EventTypes.PUBLICATION_PUBLISHED);
        assertThat(body.get("subject").asString()).isEqualTo(publicationId);
        assertThat(body.get("agency").asString()).isEqualTo(agency);
        assertThat(body.get("datacontenttype").asString()).isEqualTo("application/json");
        assertThat(Instant.parse(body.get("time").asString())).isNotNull();
        assertThat(body.get("data").get("title").asString()).isEqualTo("2025年部门预算公开");
        assertThat(call.header("content-type")).startsWith("application/json");

        // the log says SUCCEEDED after one attempt, and a valid delivery.succeeded event went out exactly once
        String subscriptionId = created.get("id").asString();
        JsonNode delivery = awaitDelivery(ISSUER.citizen("citizen1"), subscriptionId, eventId, "SUCCEEDED");
        assertThat(delivery.get("id").asString()).isEqualTo(msgId);
        assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
        assertThat(delivery.get("attemptLog").get(0).get("statusCode").asInt()).isEqualTo(200);
        assertThat(delivery.get("attemptLog").get(0).has("latencyMs")).isTrue();
        awaitOutboxDrained(msgId);
        List<ConsumerRecord<String, String>> events = deliveryEvents(msgId);
        assertThat(events).hasSize(1);
        ConsumerRecord<String, String> event = events.get(0);
        assertThat(header(event, CloudEventHeaders.TYPE)).isEqualTo(EventTypes.DELIVERY_SUCCEEDED);
        assertThat(header(event, CloudEventHeaders.SOURCE)).isEqualTo("/notification-service");
        assertThat(header(event, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(event, CloudEventHeaders.SUBJECT)).isEqualTo(msgId);
        assertThat(header(event, CloudEventHeaders.AGENCY)).isEqualTo(agency);
        assertThat(header(event, CloudEventHeaders.DATA_SCHEMA))
                .isEqualTo(EventSchemas.schemaUri(Topics.NOTIFICATION_DELIVERY));
        assertThat(header(event, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(Instant.parse(header(event, CloudEventHeaders.TIME))).isNotNull();
        assertThat(event.key()).isEqualTo(msgId);
        assertThat(EventSchemas.validate(Topics.NOTIFICATION_DELIVERY, event.value())).isEmpty();
        assertThat(json.readTree(event.value()).get("status").asString()).isEqualTo("SUCCEEDED");
    }

    @Test
    void aFailingReceiverIsRetriedOnTheScheduleUntilItSucceedsAndTheLogShowsEveryAttempt() throws Exception {
        String agency = "agency-retry";
        String path = "/hooks/retry";
        RECEIVER.script(path, 500, 503);
        String token = ISSUER.staff("editor.retry", agency, "AGENCY_EDITOR");
        String subscriptionId = createSubscription(token, "WEBHOOK", RECEIVER.url(path),
                Map.of("agencies", List.of(agency))).get("id").asString();

        String eventId = UUID.randomUUID().toString();
        publish(eventId, EventTypes.PUBLICATION_PUBLISHED, "p-retry", agency,
                publication("p-retry", agency, "PLAN", "五年规划"));

        JsonNode delivery = awaitDelivery(token, subscriptionId, eventId, "SUCCEEDED");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
        assertThat(statusCodes(delivery)).containsExactly(500, 503, 200);
        List<Receiver.Call> calls = RECEIVER.calls(path);
        assertThat(calls).hasSize(3);
        // webhook-id is the receiver's idempotency key: the same on every retry
        assertThat(calls.stream().map(c -> c.header("webhook-id")).distinct()).hasSize(1);

        String deliveryId = delivery.get("id").asString();
        awaitOutboxDrained(deliveryId);
        List<ConsumerRecord<String, String>> events = deliveryEvents(deliveryId);
        assertThat(events.stream().map(e -> header(e, CloudEventHeaders.TYPE)))
                .containsExactlyInAnyOrder(EventTypes.DELIVERY_FAILED, EventTypes.DELIVERY_FAILED,
                        EventTypes.DELIVERY_SUCCEEDED);
        events.forEach(e -> assertThat(EventSchemas.validate(Topics.NOTIFICATION_DELIVERY, e.value())).isEmpty());
    }

    @Test
    void afterTheLastAttemptTheDeliveryIsDeadLetteredAndTheOwnerCanRedeliver() throws Exception {
        String agency = "agency-dead";
        String path = "/hooks/dead";
        RECEIVER.always(path, 502);
        String token = ISSUER.citizen("citizen.dead");
        String subscriptionId = createSubscription(token, "WEBHOOK", RECEIVER.url(path),
                Map.of("agencies", List.of(agency))).get("id").asString();
        String eventId = UUID.randomUUID().toString();
        publish(eventId, EventTypes.PUBLICATION_REVOKED, "p-dead", agency,
                publication("p-dead", agency, "OTHER", "撤销的信息"));

        JsonNode delivery = awaitDelivery(token, subscriptionId, eventId, "DEAD_LETTERED");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(4); // 3 delays configured → 4 attempts
        assertThat(delivery.get("nextAttemptAt").isNull()).isTrue();
        String deliveryId = delivery.get("id").asString();
        awaitOutboxDrained(deliveryId);
        ConsumerRecord<String, String> dead = deliveryEvents(deliveryId).stream()
                .filter(e -> EventTypes.DELIVERY_DEAD_LETTERED.equals(header(e, CloudEventHeaders.TYPE)))
                .findFirst().orElseThrow();
        assertThat(EventSchemas.validate(Topics.NOTIFICATION_DELIVERY, dead.value())).isEmpty();
        JsonNode data = json.readTree(dead.value());
        assertThat(data.get("status").asString()).isEqualTo("DEAD_LETTERED");
        assertThat(data.get("attempts").asInt()).isEqualTo(4);
        assertThat(data.get("lastStatusCode").asInt()).isEqualTo(502);

        // another citizen may not redeliver; the owner may, and the receiver is back
        assertThat(call("POST", "/api/notifications/subscriptions/" + subscriptionId + "/deliveries/" + deliveryId
                + "/redeliver", ISSUER.citizen("someone.else"), null).statusCode()).isEqualTo(404);
        RECEIVER.always(path, 200);
        HttpResponse<String> redeliver = call("POST", "/api/notifications/subscriptions/" + subscriptionId
                + "/deliveries/" + deliveryId + "/redeliver", token, null);
        assertThat(redeliver.statusCode()).isEqualTo(202);
        JsonNode after = awaitDelivery(token, subscriptionId, eventId, "SUCCEEDED");
        assertThat(after.get("attempts").asInt()).isEqualTo(5);
        assertThat(RECEIVER.calls(path)).hasSize(5);
    }

    @Test
    void aReceiverAnswering410GoneDisablesTheSubscription() throws Exception {
        String agency = "agency-gone";
        String path = "/hooks/gone";
        RECEIVER.always(path, 410);
        String token = ISSUER.citizen("citizen.gone");
        String subscriptionId = createSubscription(token, "WEBHOOK", RECEIVER.url(path),
                Map.of("agencies", List.of(agency))).get("id").asString();
        String first = UUID.randomUUID().toString();
        publish(first, EventTypes.PUBLICATION_PUBLISHED, "p-gone", agency,
                publication("p-gone", agency, "PLAN", "规划"));

        JsonNode delivery = awaitDelivery(token, subscriptionId, first, "GONE");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
        JsonNode subscription = json.readTree(call("GET", "/api/notifications/subscriptions/" + subscriptionId,
                token, null).body());
        assertThat(subscription.get("status").asString()).isEqualTo("DISABLED");
        assertThat(subscription.get("disabledReason").asString()).contains("410");
        // no attempts at all after the target said it is gone
        publish(UUID.randomUUID().toString(), EventTypes.PUBLICATION_AMENDED, "p-gone", agency,
                publication("p-gone", agency, "PLAN", "规划（修订）"));
        String probe = "/hooks/gone-probe";
        createSubscription(token, "WEBHOOK", RECEIVER.url(probe), Map.of("agencies", List.of(agency)));
        String third = UUID.randomUUID().toString();
        publish(third, EventTypes.PUBLICATION_AMENDED, "p-gone", agency,
                publication("p-gone", agency, "PLAN", "规划（再修订）"));
        awaitTrue(() -> RECEIVER.calls(probe).size() == 1);
        assertThat(RECEIVER.calls(path)).hasSize(1);
    }

    @Test
    void requestEventsReachTheApplicantButNoOtherCitizen() throws Exception {
        String agency = "agency-req";
        String mine = "/hooks/req-applicant";
        String theirs = "/hooks/req-other";
        createSubscription(ISSUER.citizen("applicant1"), "WEBHOOK", RECEIVER.url(mine),
                Map.of("agencies", List.of(agency)));
        createSubscription(ISSUER.citizen("nosy2"), "WEBHOOK", RECEIVER.url(theirs),
                Map.of("agencies", List.of(agency)));
        String requestId = "req-" + UUID.randomUUID();
        RequestEvent data = new RequestEvent(requestId, agency, "YSQ-2025-000123", "NATURAL_PERSON", "applicant1",
                "ONLINE", "RECEIVED", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 31), false, null, null, 1);
        assertThat(EventSchemas.validate(Topics.REQUEST_LIFECYCLE, json.writeValueAsString(data))).isEmpty();
        send(Topics.REQUEST_LIFECYCLE, UUID.randomUUID().toString(), EventTypes.REQUEST_RECEIVED, requestId, agency,
                "/request-service", json.writeValueAsString(data));
        // a public event afterwards reaches both: once nosy2 has it, the request event has been fanned out too
        publish(UUID.randomUUID().toString(), EventTypes.PUBLICATION_PUBLISHED, "p-req", agency,
                publication("p-req", agency, "PLAN", "规划"));
        awaitTrue(() -> RECEIVER.calls(theirs).size() == 1 && RECEIVER.calls(mine).size() == 2);
        assertThat(RECEIVER.calls(theirs).get(0).body()).doesNotContain("YSQ-2025-000123");
        assertThat(RECEIVER.calls(mine).stream().filter(c -> c.body().contains("YSQ-2025-000123"))).hasSize(1);
    }

    @Test
    void anInvalidEventGoesToTheDeadLetterTopicWithoutBlockingTheNextOne() throws Exception {
        String agency = "agency-poison";
        String path = "/hooks/poison";
        createSubscription(ISSUER.citizen("citizen.poison"), "WEBHOOK", RECEIVER.url(path),
                Map.of("agencies", List.of(agency)));
        String poisonId = UUID.randomUUID().toString();
        send(Topics.CATALOG_PUBLICATION, poisonId, EventTypes.PUBLICATION_PUBLISHED, "p-poison", agency,
                "/catalog-service", "{\"title\": \"no id, no agency\"}");
        publish(UUID.randomUUID().toString(), EventTypes.PUBLICATION_PUBLISHED, "p-poison", agency,
                publication("p-poison", agency, "PLAN", "正常的事件"));
        awaitTrue(() -> RECEIVER.calls(path).size() == 1);
        awaitTrue(() -> {
            poll(Topics.deadLetter(Topics.CATALOG_PUBLICATION), DEAD_LETTERS);
            return DEAD_LETTERS.stream().anyMatch(r -> poisonId.equals(header(r, CloudEventHeaders.ID)));
        });
    }

    // ---------------------------------------------------------------- API rules

    @Test
    void anotherCitizenCannotSeeOrDeleteMySubscription() throws Exception {
        String owner = ISSUER.citizen("owner.alice");
        String other = ISSUER.citizen("other.bob");
        String id = createSubscription(owner, "WEBHOOK", RECEIVER.url("/hooks/alice"), Map.of()).get("id")
                .asString();
        JsonNode list = json.readTree(call("GET", "/api/notifications/subscriptions", owner, null).body());
        assertThat(list.findValuesAsString("id")).contains(id);
        assertThat(list.get(0).has("secret")).isFalse();  // shown once, never again

        assertThat(json.readTree(call("GET", "/api/notifications/subscriptions", other, null).body())
                .findValuesAsString("id")).doesNotContain(id);
        assertThat(call("GET", "/api/notifications/subscriptions/" + id, other, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/notifications/subscriptions/" + id + "/deliveries", other, null).statusCode())
                .isEqualTo(404);
        HttpResponse<String> delete = call("DELETE", "/api/notifications/subscriptions/" + id, other, null);
        assertThat(delete.statusCode()).isEqualTo(404);
        assertThat(delete.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");

        assertThat(call("GET", "/api/notifications/subscriptions/" + id + "/deliveries", ISSUER.ops("ops1"), null)
                .statusCode()).isEqualTo(200);
        assertThat(call("DELETE", "/api/notifications/subscriptions/" + id, owner, null).statusCode()).isEqualTo(204);
        assertThat(call("GET", "/api/notifications/subscriptions/" + id, owner, null).statusCode()).isEqualTo(404);
    }

    @Test
    void anonymousCallersGet401ProblemJsonWithBearerChallengeAndARequestId() throws Exception {
        HttpResponse<String> response = call("POST", "/api/notifications/subscriptions", null,
                Map.of("channel", "WEBHOOK", "target", RECEIVER.url("/x")));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(response.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(call("GET", "/api/notifications/subscriptions", null, null).statusCode()).isEqualTo(401);
        String wrongAudience = ISSUER.token("citizen1", null, List.of("CITIZEN"), TestJwtIssuer.ISSUER, "elsewhere",
                Duration.ofMinutes(5));
        assertThat(call("GET", "/api/notifications/subscriptions", wrongAudience, null).statusCode()).isEqualTo(401);
        // what stays public: probes, metrics for Prometheus, the OpenAPI document
        assertThat(call("GET", "/actuator/health/readiness", null, null).body()).contains("UP");
        assertThat(call("GET", "/actuator/prometheus", null, null).body()).contains("notification_deliveries_scheduled_total");
        assertThat(call("GET", "/v3/api-docs", null, null).body()).contains("/api/notifications/subscriptions");
    }

    @Test
    void invalidSubscriptionsAreRefusedWith400ProblemJson() throws Exception {
        String token = ISSUER.citizen("citizen.invalid");
        HttpResponse<String> unspecified = call("POST", "/api/notifications/subscriptions", token,
                Map.of("channel", "WEBHOOK", "target", "http://0.0.0.0:9/hook"));
        assertThat(unspecified.statusCode()).isEqualTo(400);
        assertThat(unspecified.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        assertThat(json.readTree(unspecified.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("target");
        assertThat(call("POST", "/api/notifications/subscriptions", token,
                Map.of("channel", "WEBHOOK", "target", "ftp://127.0.0.1/hook")).statusCode()).isEqualTo(400);
        assertThat(call("POST", "/api/notifications/subscriptions", token,
                Map.of("channel", "EMAIL", "target", "not-an-address")).statusCode()).isEqualTo(400);
        HttpResponse<String> missing = call("POST", "/api/notifications/subscriptions", token,
                Map.of("target", "https://example.org/x"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json.readTree(missing.body()).get("errors").findValuesAsString("field")).contains("channel");
    }

    @Test
    void rotatingTheSecretSignsWithBothSecretsDuringTheOverlap() throws Exception {
        String agency = "agency-rotate";
        String path = "/hooks/rotate";
        String token = ISSUER.citizen("citizen.rotate");
        JsonNode created = createSubscription(token, "WEBHOOK", RECEIVER.url(path),
                Map.of("agencies", List.of(agency)));
        String id = created.get("id").asString();
        String oldSecret = created.get("secret").asString();
        HttpResponse<String> rotated = call("POST", "/api/notifications/subscriptions/" + id + "/secret/rotate",
                token, null);
        assertThat(rotated.statusCode()).isEqualTo(200);
        String newSecret = json.readTree(rotated.body()).get("secret").asString();
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);

        publish(UUID.randomUUID().toString(), EventTypes.PUBLICATION_PUBLISHED, "p-rot", agency,
                publication("p-rot", agency, "PLAN", "规划"));
        awaitTrue(() -> RECEIVER.calls(path).size() == 1);
        Receiver.Call call = RECEIVER.calls(path).get(0);
        String signature = call.header("webhook-signature");
        assertThat(signature.split(" ")).hasSize(2);
        assertThat(verifies(newSecret, call.header("webhook-id"), call.header("webhook-timestamp"), call.body(),
                signature)).isTrue();
        assertThat(verifies(oldSecret, call.header("webhook-id"), call.header("webhook-timestamp"), call.body(),
                signature)).isTrue();
    }

    // ---------------------------------------------------------------- e-mail

    @Test
    void emailNeedsDoubleOptInCarriesUnsubscribeHeadersAndStopsAfterOneClickUnsubscribe() throws Exception {
        String agency = "agency-mail";
        String address = "zhang.san@example.org";
        String token = ISSUER.citizen("citizen.mail");
        JsonNode created = createSubscription(token, "EMAIL", address,
                Map.of("agencies", List.of(agency), "categories", List.of("BUDGET")));
        assertThat(created.get("status").asString()).isEqualTo("PENDING_CONFIRMATION");
        assertThat(created.has("secret") && !created.get("secret").isNull()).isFalse();
        String subscriptionId = created.get("id").asString();

        awaitTrue(() -> messagesTo(address).size() == 1);
        MimeMessage confirmation = messagesTo(address).get(0);
        assertThat(confirmation.getSubject()).contains("确认");
        String confirmText = text(confirmation);
        String confirmLink = link(confirmText, "/api/notifications/email/confirm?token=");

        // unconfirmed: an event is processed but nothing is mailed
        String before = UUID.randomUUID().toString();
        publish(before, EventTypes.PUBLICATION_PUBLISHED, "p-mail", agency,
                publication("p-mail", agency, "BUDGET", "未确认之前的预算"));
        awaitTrue(() -> processed("/catalog-service#" + before));
        assertThat(messagesTo(address)).hasSize(1);

        HttpResponse<String> confirmed = call("GET", confirmLink, null, null);
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("订阅已确认");

        String eventId = UUID.randomUUID().toString();
        publish(eventId, EventTypes.PUBLICATION_PUBLISHED, "p-mail", agency,
                publication("p-mail", agency, "BUDGET", "2025年市卫生健康委部门预算"));
        awaitTrue(() -> messagesTo(address).size() == 2);
        MimeMessage mail = messagesTo(address).get(1);
        assertThat(mail.getSubject()).contains("2025年市卫生健康委部门预算");
        assertThat(mail.getContentType()).startsWith("multipart/");
        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        assertThat(text).contains("财政预决算").contains("http://portal.example/api/catalog/publications/p-mail");
        assertThat(html).contains("<a href=\"http://portal.example/api/catalog/publications/p-mail\"");
        String unsubscribe = link(text, "/api/notifications/email/unsubscribe?token=");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).isEqualTo("<http://portal.example" + unsubscribe + ">");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        awaitDelivery(token, subscriptionId, eventId, "SUCCEEDED");

        // the GET only shows a button (link scanners must not unsubscribe); the one-click POST does it
        HttpResponse<String> page = call("GET", unsubscribe, null, null);
        assertThat(page.body()).contains("method=\"post\"");
        assertThat(subscriptionStatus(token, subscriptionId)).isEqualTo("ACTIVE");
        HttpResponse<String> oneClick = HTTP.send(HttpRequest.newBuilder(URI.create(base() + unsubscribe))
                .header("content-type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(subscriptionStatus(token, subscriptionId)).isEqualTo("DISABLED");

        String after = UUID.randomUUID().toString();
        publish(after, EventTypes.PUBLICATION_PUBLISHED, "p-mail", agency,
                publication("p-mail", agency, "BUDGET", "退订之后的预算"));
        awaitTrue(() -> processed("/catalog-service#" + after));
        assertThat(messagesTo(address)).hasSize(2);
    }

    // ---------------------------------------------------------------- helpers

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private HttpResponse<String> call(String method, String path, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (body != null) {
            request.header("content-type", "application/json");
        }
        if (token != null) {
            request.header("authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode createSubscription(String token, String channel, String target, Map<String, List<String>> filter)
            throws Exception {
        HttpResponse<String> response = call("POST", "/api/notifications/subscriptions", token,
                Map.of("channel", channel, "target", target, "filter", filter));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("location")).isPresent();
        return json.readTree(response.body());
    }

    private String subscriptionStatus(String token, String id) throws Exception {
        return json.readTree(call("GET", "/api/notifications/subscriptions/" + id, token, null).body())
                .get("status").asString();
    }

    private JsonNode awaitDelivery(String token, String subscriptionId, String eventId, String status)
            throws Exception {
        JsonNode[] found = new JsonNode[1];
        awaitTrue(() -> {
            HttpResponse<String> response = call("GET", "/api/notifications/subscriptions/" + subscriptionId
                    + "/deliveries", token, null);
            assertThat(response.statusCode()).isEqualTo(200);
            for (JsonNode d : json.readTree(response.body())) {
                if (d.get("eventId").asString().equals(eventId) && d.get("status").asString().equals(status)) {
                    found[0] = d;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private static List<Integer> statusCodes(JsonNode delivery) {
        List<Integer> codes = new ArrayList<>();
        delivery.get("attemptLog").forEach(a -> codes.add(a.get("statusCode").asInt()));
        return codes;
    }

    private void awaitOutboxDrained(String deliveryId) throws Exception {
        awaitTrue(() -> {
            Document doc = mongo.getCollection("deliveries").find(new Document("_id", deliveryId)).first();
            return doc != null && ((List<?>) doc.get("outbox")).isEmpty();
        });
    }

    private boolean processed(String dedupeKey) {
        return mongo.getCollection("processed_events").countDocuments(new Document("_id", dedupeKey)) > 0;
    }

    private static PublicationEvent publication(String id, String agency, String category, String title) {
        return new PublicationEvent(id, agency, agency + "-2025-00001", title, category, null, List.of("预算"),
                "PUBLISHED", "VALID", 1, LocalDate.of(2025, 2, 1), Instant.now(), null, null, LocalDate.of(2025, 3, 3),
                "/api/catalog/publications/" + id);
    }

    private void publish(String eventId, String type, String subject, String agency, PublicationEvent data)
            throws Exception {
        String value = json.writeValueAsString(data);
        assertThat(EventSchemas.validate(Topics.CATALOG_PUBLICATION, value)).isEmpty();
        send(Topics.CATALOG_PUBLICATION, eventId, type, subject, agency, "/catalog-service", value);
    }

    /** A CloudEvent in Kafka binary mode, exactly as the producing services' relays write it. */
    private void send(String topic, String eventId, String type, String subject, String agency, String source,
                      String value) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject, value);
        Map<String, String> headers = Map.of(CloudEventHeaders.SPEC_VERSION, "1.0", CloudEventHeaders.ID, eventId,
                CloudEventHeaders.SOURCE, source, CloudEventHeaders.TYPE, type,
                CloudEventHeaders.TIME, Instant.now().toString(), CloudEventHeaders.SUBJECT, subject,
                CloudEventHeaders.AGENCY, agency, CloudEventHeaders.DATA_SCHEMA, EventSchemas.schemaUri(topic),
                CloudEventHeaders.CONTENT_TYPE, "application/json");
        headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        producer().send(record).get();
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(KafkaTestUtils.producerProps(broker), new StringSerializer(),
                    new StringSerializer());
        }
        return producer;
    }

    private List<ConsumerRecord<String, String>> deliveryEvents(String deliveryId) {
        poll(Topics.NOTIFICATION_DELIVERY, DELIVERY_EVENTS);
        // the relay has pulled the events, so they are on the broker: poll until the count is stable
        int seen = -1;
        while (seen != DELIVERY_EVENTS.size()) {
            seen = DELIVERY_EVENTS.size();
            poll(Topics.NOTIFICATION_DELIVERY, DELIVERY_EVENTS);
        }
        return DELIVERY_EVENTS.stream().filter(r -> deliveryId.equals(r.key())).toList();
    }

    private final Map<String, KafkaConsumer<String, String>> watchers = new java.util.concurrent.ConcurrentHashMap<>();

    private synchronized void poll(String topic, List<ConsumerRecord<String, String>> into) {
        KafkaConsumer<String, String> consumer = topic.equals(Topics.NOTIFICATION_DELIVERY) ? deliveryWatcher()
                : watchers.computeIfAbsent(topic, this::newConsumer);
        consumer.poll(Duration.ofMillis(500)).forEach(into::add);
    }

    private KafkaConsumer<String, String> deliveryWatcher() {
        if (watcher == null) {
            watcher = newConsumer(Topics.NOTIFICATION_DELIVERY);
        }
        return watcher;
    }

    private KafkaConsumer<String, String> newConsumer(String topic) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-watch-" + UUID.randomUUID(), false);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (int p = 0; p < Topics.PARTITIONS; p++) {
            partitions.add(new TopicPartition(topic, p));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** Standard Webhooks verification, written independently of the service's signer. */
    private static boolean verifies(String secret, String msgId, String timestamp, String body, String header)
            throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((msgId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        return Arrays.stream(header.split(" ")).filter(s -> s.startsWith("v1,"))
                .map(s -> Base64.getDecoder().decode(s.substring(3)))
                .anyMatch(given -> MessageDigest.isEqual(given, expected));
    }

    private static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static String text(MimeMessage message) throws Exception {
        return part(message, "text/plain");
    }

    /** The first body part of this MIME type, searched through nested multiparts. */
    private static String part(jakarta.mail.Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String link(String text, String pathPrefix) {
        Matcher m = Pattern.compile("http://portal\\.example(" + Pattern.quote(pathPrefix) + "[A-Za-z0-9_-]+)")
                .matcher(text);
        if (!m.find()) {
            fail("no link " + pathPrefix + " in:\n" + text);
        }
        return m.group(1);
    }

    interface Check {
        boolean ok() throws Exception;
    }

    private static void awaitTrue(Check check) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        AssertionError last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (check.ok()) {
                    return;
                }
            } catch (AssertionError e) {
                last = e;
            }
            Thread.sleep(50);
        }
        if (last != null) {
            throw last;
        }
        fail("condition not met within " + WAIT);
    }
}
