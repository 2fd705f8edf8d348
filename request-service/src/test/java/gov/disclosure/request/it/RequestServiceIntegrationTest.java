package gov.disclosure.request.it;

import gov.disclosure.contracts.CloudEventHeaders;
import gov.disclosure.contracts.EventSchemas;
import gov.disclosure.contracts.EventTypes;
import gov.disclosure.contracts.Topics;
import gov.disclosure.request.handling.DeadlineAlerts;
import gov.disclosure.request.handling.InfoRequest;
import gov.disclosure.request.handling.RequestRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.ArrayNode;
import gov.disclosure.testsupport.EmbeddedMongo;
import gov.disclosure.testsupport.TestJwtIssuer;
import gov.disclosure.workingdays.WorkingDayCalendar;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as deployed: real HTTP, real RS256 tokens over JWKS, the in-JVM KRaft broker and the MongoDB wire
 * server. One Spring context for the whole module.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class RequestServiceIntegrationTest {
    static final EmbeddedMongo MONGO = new EmbeddedMongo();
    static final TestJwtIssuer ISSUER = new TestJwtIssuer();
    static final String ID_NUMBER = "11010519491231002X";
    static final String PHONE = "13812345678";
    static final CatalogStub CATALOG = new CatalogStub();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
        registry.add("platform.security.jwk-set-uri", ISSUER::jwkSetUri);
        registry.add("platform.request.encryption-key",
                () -> Base64.getEncoder().encodeToString("test-only-key-32-bytes-long-!!!!".getBytes()));
        registry.add("platform.deadline-watch.initial-delay-ms", () -> "3600000");
        registry.add("platform.catalog-url", CATALOG::url);
        registry.add("platform.catalog.timeout", () -> "PT1S");
    }

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    DeadlineAlerts alerts;
    @Autowired
    RequestRepository repository;

    final HttpClient http = HttpClient.newHttpClient();
    final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();
    final List<ConsumerRecord<String, String>> seen = new ArrayList<>();
    KafkaConsumer<String, String> consumer;

    String citizen1 = ISSUER.citizen("citizen1");
    String citizen2 = ISSUER.citizen("citizen2");
    String editorHealth = ISSUER.staff("editor.health", "city-health", "AGENCY_EDITOR");
    String reviewerHealth = ISSUER.staff("reviewer.health", "city-health", "AGENCY_REVIEWER");
    String adminHealth = ISSUER.staff("admin.health", "city-health", "AGENCY_ADMIN");
    String editorEdu = ISSUER.staff("editor.edu", "city-education", "AGENCY_EDITOR");
    String supervisor = ISSUER.supervisor("supervisor");
    String ops = ISSUER.ops("ops");

    @BeforeAll
    void consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumer = new KafkaConsumer<>(props);
        // assign, not subscribe: no group coordination, no offsets to commit at shutdown
        List<TopicPartition> partitions = IntStream.range(0, Topics.PARTITIONS)
                .mapToObj(p -> new TopicPartition(Topics.REQUEST_LIFECYCLE, p)).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    @AfterAll
    void close() {
        // Mongo and the issuer stay up until the JVM exits: the Spring context (cached) closes after this
        consumer.close(Duration.ofSeconds(1));
    }

    // ---------------------------------------------------------------- filing

    @Test
    void citizenFilesOnlineAndGetsTwentyWorkingDaysAndAReceivedEventWithCloudEventsHeaders(CapturedOutput output) {
        HttpResponse<String> res = post("/api/requests", citizen1, onlineBody(), Map.of("X-Request-Id", "it-123"));
        assertThat(res.statusCode()).isEqualTo(201);
        assertThat(res.headers().firstValue("X-Request-Id")).contains("it-123");
        JsonNode body = read(res);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(body.path("status").asString()).isEqualTo("RECEIVED");
        assertThat(body.path("receivedOn").asString()).isEqualTo(today.toString());
        assertThat(body.path("dueDate").asString())
                .isEqualTo(calendar.addWorkingDays(today, 20).end().toString());
        assertThat(body.path("trackingCode").asString()).startsWith("YSQ-");
        assertThat(body.path("verificationCode").asString()).hasSize(8);
        String id = body.path("id").asString();

        ConsumerRecord<String, String> event = awaitEvent(id, EventTypes.REQUEST_RECEIVED);
        assertThat(EventSchemas.validate(Topics.REQUEST_LIFECYCLE, event.value())).isEmpty();
        assertThat(event.key()).isEqualTo(id);
        assertThat(header(event, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(event, CloudEventHeaders.SOURCE)).isEqualTo("/request-service");
        assertThat(header(event, CloudEventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(header(event, CloudEventHeaders.AGENCY)).isEqualTo("city-health");
        assertThat(header(event, CloudEventHeaders.DATA_SCHEMA))
                .isEqualTo(EventSchemas.schemaUri(Topics.REQUEST_LIFECYCLE));
        assertThat(header(event, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(header(event, CloudEventHeaders.ID)).isNotBlank();
        assertThat(Instant.parse(header(event, CloudEventHeaders.TIME))).isBeforeOrEqualTo(Instant.now());
        JsonNode data = json.readTree(event.value());
        assertThat(data.path("applicantAccount").asString()).isEqualTo("citizen1");
        assertThat(data.path("dueDate").asString()).isEqualTo(body.path("dueDate").asString());
        assertThat(event.value()).doesNotContain(ID_NUMBER).doesNotContain(PHONE).doesNotContain("张三");

        // PIPL: the ID number never reaches a log line of this run
        assertThat(output.getAll()).doesNotContain(ID_NUMBER).doesNotContain(PHONE);
    }

    @Test
    void personalDataIsCiphertextInMongoAndMaskedInResponses() {
        String id = file(citizen1);
        Document raw = mongo.findById(id, Document.class, "requests");
        assertThat(raw).isNotNull();
        assertThat(raw.toJson()).doesNotContain(ID_NUMBER).doesNotContain(PHONE);
        Document applicant = raw.get("applicant", Document.class);
        assertThat(applicant.getString("idNumberEnc")).startsWith("v1:");
        assertThat(applicant.getString("phoneEnc")).startsWith("v1:");

        JsonNode view = read(get("/api/requests/" + id, citizen1));
        assertThat(view.path("applicant").path("idNumber").asString()).isEqualTo("1101**********002X");
        assertThat(view.path("applicant").path("phone").asString()).isEqualTo("138****5678");
        assertThat(view.path("timeline")).hasSize(1);
        assertThat(view.path("nextActor").path("actor").asString()).isEqualTo("AGENCY");
        JsonNode staffView = read(get("/api/requests/" + id, editorHealth));
        assertThat(staffView.toString()).doesNotContain(ID_NUMBER);
    }

    @Test
    void anonymousWritesGet401ProblemWithBearerChallenge() {
        HttpResponse<String> res = post("/api/requests", null, onlineBody(), Map.of());
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(res.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(res.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(get("/api/requests", null).statusCode()).isEqualTo(401);
        String wrongAudience = ISSUER.token("citizen1", null, List.of("CITIZEN"), TestJwtIssuer.ISSUER, "other",
                Duration.ofMinutes(5));
        assertThat(post("/api/requests", wrongAudience, onlineBody(), Map.of()).statusCode()).isEqualTo(401);
    }

    @Test
    void invalidResidentIdIs400WithFieldErrors() {
        String body = onlineBody().replace(ID_NUMBER, "110105194912310021");
        HttpResponse<String> res = post("/api/requests", citizen1, body, Map.of());
        assertThat(res.statusCode()).isEqualTo(400);
        JsonNode problem = read(res);
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("applicant.idNumber");
        assertThat(res.body()).doesNotContain("110105194912310021");
    }

    @Test
    void onlyTheApplicantTheHandlingAgencyAndTheSupervisorSeeARequest() {
        String id = file(citizen1);
        assertThat(get("/api/requests/" + id, citizen1).statusCode()).isEqualTo(200);
        assertThat(get("/api/requests/" + id, citizen2).statusCode()).isEqualTo(404);
        assertThat(get("/api/requests/" + id, editorEdu).statusCode()).isEqualTo(404);
        assertThat(get("/api/requests/" + id, editorHealth).statusCode()).isEqualTo(200);
        assertThat(get("/api/requests/" + id, supervisor).statusCode()).isEqualTo(200);
        assertThat(get("/api/requests/" + id + "/deadline", citizen2).statusCode()).isEqualTo(404);
        // editor.edu cannot act either, and learns nothing
        assertThat(post("/api/requests/" + id + "/response", editorEdu, respondBody(), Map.of()).statusCode())
                .isEqualTo(404);
        // a reviewer of the handling agency sees it but may not answer it
        assertThat(post("/api/requests/" + id + "/response", reviewerHealth, respondBody(), Map.of()).statusCode())
                .isEqualTo(403);

        JsonNode eduQueue = read(get("/api/requests?size=100", editorEdu));
        assertThat(eduQueue.path("items").findValuesAsString("id")).doesNotContain(id);
        JsonNode healthQueue = read(get("/api/requests?size=100", editorHealth));
        assertThat(healthQueue.path("items").findValuesAsString("id")).contains(id);
        assertThat(healthQueue.path("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(read(get("/api/requests?size=100", supervisor)).path("items").findValuesAsString("id"))
                .contains(id);
        assertThat(get("/api/requests?size=1000", supervisor).statusCode()).isEqualTo(400);
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstResultAndCreatesOneRequest() {
        String key = UUID.randomUUID().toString();
        // two concurrent submissions and one late retry
        CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(
                () -> post("/api/requests", citizen1, onlineBody(), Map.of("Idempotency-Key", key)));
        CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(
                () -> post("/api/requests", citizen1, onlineBody(), Map.of("Idempotency-Key", key)));
        HttpResponse<String> first = a.join();
        HttpResponse<String> second = b.join();
        HttpResponse<String> retry = post("/api/requests", citizen1, onlineBody(), Map.of("Idempotency-Key", key));
        assertThat(List.of(first.statusCode(), second.statusCode(), retry.statusCode())).containsOnly(201);
        String id = read(first).path("id").asString();
        assertThat(read(second).path("id").asString()).isEqualTo(id);
        assertThat(read(retry).path("id").asString()).isEqualTo(id);
        assertThat(read(retry).path("verificationCode").asString())
                .isEqualTo(read(first).path("verificationCode").asString());
        assertThat(mongo.count(new Query(Criteria.where("idempotencyKey").is("citizen1|" + key)), "requests"))
                .isEqualTo(1);
        // the same key from another caller is another submission
        HttpResponse<String> other = post("/api/requests", citizen2, onlineBody(), Map.of("Idempotency-Key", key));
        assertThat(read(other).path("id").asString()).isNotEqualTo(id);
    }

    // ---------------------------------------------------------------- handling

    @Test
    void aStaffResponseFlowsThroughToARespondedEventAndIllegalTransitionsAre409() {
        String id = file(citizen1);
        HttpResponse<String> res = post("/api/requests/" + id + "/response", editorHealth, respondBody(), Map.of());
        assertThat(res.statusCode()).isEqualTo(200);
        JsonNode view = read(res);
        assertThat(view.path("status").asString()).isEqualTo("RESPONDED");
        assertThat(view.path("respondedOn").asString())
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());

        ConsumerRecord<String, String> event = awaitEvent(id, EventTypes.REQUEST_RESPONDED);
        assertThat(EventSchemas.validate(Topics.REQUEST_LIFECYCLE, event.value())).isEmpty();
        JsonNode data = json.readTree(event.value());
        assertThat(data.path("outcome").asString()).isEqualTo("GRANTED");
        assertThat(data.path("status").asString()).isEqualTo("RESPONDED");
        assertThat(data.path("version").asLong()).isEqualTo(1);

        assertThat(post("/api/requests/" + id + "/response", editorHealth, respondBody(), Map.of()).statusCode())
                .isEqualTo(409);
        assertThat(post("/api/requests/" + id + "/withdrawal", citizen1, "{}", Map.of()).statusCode())
                .isEqualTo(409);
        assertThat(post("/api/requests/" + id + "/appeals", editorHealth,
                "{\"kind\":\"RECONSIDERATION\"}", Map.of()).statusCode()).isEqualTo(200);
        awaitEvent(id, EventTypes.REQUEST_APPEAL_RECORDED);
    }

    @Test
    void correctionRestartsTheClockAndConsultationPausesIt() {
        String id = file(citizen1);
        JsonNode asked = read(post("/api/requests/" + id + "/correction-requests", editorHealth,
                "{\"matters\":\"Name the hospital and the year.\"}", Map.of()));
        assertThat(asked.path("status").asString()).isEqualTo("CORRECTION_REQUESTED");
        assertThat(asked.path("dueDate").isNull()).isTrue();
        assertThat(asked.path("nextActor").path("actor").asString()).isEqualTo("APPLICANT");
        // once only (Art. 30)
        assertThat(post("/api/requests/" + id + "/correction-requests", editorHealth,
                "{\"matters\":\"again\"}", Map.of()).statusCode()).isEqualTo(409);

        JsonNode corrected = read(post("/api/requests/" + id + "/corrections", citizen1,
                "{\"description\":\"City No. 1 Hospital, 2025 inspection report\"}", Map.of()));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(corrected.path("status").asString()).isEqualTo("RECEIVED");
        assertThat(corrected.path("dueDate").asString()).isEqualTo(calendar.addWorkingDays(today, 20).end().toString());

        JsonNode consulting = read(post("/api/requests/" + id + "/consultations", editorHealth,
                "{\"thirdParty\":\"City No. 1 Hospital\",\"matter\":\"trade secrets\"}", Map.of()));
        assertThat(consulting.path("status").asString()).isEqualTo("CONSULTING");
        assertThat(consulting.path("nextActor").path("actor").asString()).isEqualTo("THIRD_PARTY");
        // an open consultation assumes its full 15-day answer period is not counted
        assertThat(consulting.path("dueDate").asString())
                .isEqualTo(calendar.addWorkingDays(today, 35).end().toString());
        String cid = consulting.path("consultations").get(0).path("id").asString();
        // no answer while the third party is consulted
        assertThat(post("/api/requests/" + id + "/response", editorHealth, respondBody(), Map.of()).statusCode())
                .isEqualTo(409);

        JsonNode replied = read(post("/api/requests/" + id + "/consultations/" + cid + "/reply", editorHealth,
                "{\"summary\":\"objects\",\"consent\":false}", Map.of()));
        assertThat(replied.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(replied.path("dueDate").asString()).isEqualTo(calendar.addWorkingDays(today, 20).end().toString());

        JsonNode explanation = read(get("/api/requests/" + id + "/deadline", citizen1));
        assertThat(explanation.path("trigger").asString()).isEqualTo(today.toString());
        assertThat(explanation.path("triggerRule").asString()).startsWith("Art. 30");
        assertThat(explanation.path("steps").get(0).path("article").asString()).isEqualTo("Art. 33 ¶2");

        for (String type : List.of(EventTypes.REQUEST_CORRECTION_REQUESTED, EventTypes.REQUEST_CORRECTED,
                EventTypes.REQUEST_CONSULTATION_STARTED, EventTypes.REQUEST_CONSULTATION_ENDED)) {
            assertThat(EventSchemas.validate(Topics.REQUEST_LIFECYCLE, awaitEvent(id, type).value())).isEmpty();
        }
    }

    @Test
    void extensionNeedsTheAdminOnceAndBeforeTheDeadline() {
        String id = file(citizen1);
        String ext = "{\"workingDays\":10,\"reason\":\"volume of records to review\"}";
        assertThat(post("/api/requests/" + id + "/extensions", editorHealth, ext, Map.of()).statusCode())
                .isEqualTo(403);
        JsonNode extended = read(post("/api/requests/" + id + "/extensions", adminHealth, ext, Map.of()));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(extended.path("status").asString()).isEqualTo("EXTENDED");
        assertThat(extended.path("dueDate").asString()).isEqualTo(calendar.addWorkingDays(today, 30).end().toString());
        assertThat(post("/api/requests/" + id + "/extensions", adminHealth, ext, Map.of()).statusCode())
                .isEqualTo(409);
        assertThat(post("/api/requests/" + id + "/extensions", adminHealth,
                "{\"workingDays\":25,\"reason\":\"x\"}", Map.of()).statusCode()).isIn(400, 409);
        awaitEvent(id, EventTypes.REQUEST_EXTENDED);
    }

    @Test
    void staffRegisterALetterWithItsSigningDateAndOverdueAlertsFireOnce() {
        String letter = onlineBody().replace("\"channel\":\"ONLINE\"", "\"channel\":\"LETTER\"")
                .replace("\"delivery\":\"ONLINE\"", "\"delivery\":\"POST\"")
                .replace("{\"agencyCode\"", "{\"receivedOn\":\"2026-02-13\",\"agencyCode\"");
        assertThat(post("/api/requests", editorEdu, letter, Map.of()).statusCode()).isEqualTo(403); // other agency
        String future = letter.replace("2026-02-13", LocalDate.now().plusDays(3).toString());
        assertThat(post("/api/requests", editorHealth, future, Map.of()).statusCode()).isEqualTo(400);
        JsonNode filed = read(post("/api/requests", editorHealth, letter, Map.of()));
        assertThat(filed.path("receivedOn").asString()).isEqualTo("2026-02-13");
        assertThat(filed.path("dueDate").asString()).isEqualTo("2026-03-19"); // regulation.md D.2 example
        String id = filed.path("id").asString();

        assertThat(read(get("/api/requests?overdue=true&size=100", editorHealth)).path("items")
                .findValuesAsString("id")).contains(id);
        assertThat(post("/api/requests/" + id + "/extensions", adminHealth,
                "{\"workingDays\":5,\"reason\":\"late\"}", Map.of()).statusCode()).isEqualTo(409);

        alerts.sweep();
        alerts.sweep(); // a second sweep (or a second instance) emits nothing new
        ConsumerRecord<String, String> overdue = awaitEvent(id, EventTypes.REQUEST_OVERDUE);
        assertThat(EventSchemas.validate(Topics.REQUEST_LIFECYCLE, overdue.value())).isEmpty();
        Document raw = mongo.findById(id, Document.class, "requests");
        assertThat(raw.getList("alertsSent", String.class)).containsExactly("OVERDUE@2026-03-19");
        awaitEvent(id, EventTypes.REQUEST_RECEIVED);
        assertThat(seen.stream().filter(r -> id.equals(r.key()))
                .filter(r -> EventTypes.REQUEST_OVERDUE.equals(header(r, CloudEventHeaders.TYPE))).count())
                .isEqualTo(1);
    }

    @Test
    void trackingShowsStatusAndDueDateOnlyAndThrottlesGuessing() {
        JsonNode filed = read(post("/api/requests", citizen1, onlineBody(), Map.of()));
        String tracking = filed.path("trackingCode").asString();
        HttpResponse<String> ok = get("/api/requests/track/" + tracking + "?code="
                + filed.path("verificationCode").asString(), null);
        assertThat(ok.statusCode()).isEqualTo(200);
        JsonNode view = read(ok);
        assertThat(view.path("status").asString()).isEqualTo("RECEIVED");
        assertThat(view.path("dueDate").asString()).isEqualTo(filed.path("dueDate").asString());
        assertThat(ok.body()).doesNotContain("张三").doesNotContain("applicant").doesNotContain("1101");

        int status = 0;
        for (int i = 0; i < 6; i++) {
            status = get("/api/requests/track/" + tracking + "?code=WRONG" + i, null).statusCode();
            if (i < 5) {
                assertThat(status).isEqualTo(404);
            }
        }
        assertThat(status).isEqualTo(429);
    }

    @Test
    void twoStaffActingAtOnceGetOneSuccessAndOne409() {
        String id = file(citizen1);
        CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(
                () -> post("/api/requests/" + id + "/response", editorHealth, respondBody(), Map.of()));
        CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(
                () -> post("/api/requests/" + id + "/response", adminHealth, respondBody(), Map.of()));
        assertThat(List.of(a.join().statusCode(), b.join().statusCode())).containsExactlyInAnyOrder(200, 409);

        // the guard underneath: a writer holding a stale version cannot overwrite
        InfoRequest first = repository.findById(id).orElseThrow();
        InfoRequest stale = repository.findById(id).orElseThrow();
        repository.save(first);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> repository.save(stale))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void aRepeatedDescriptionToTheSameAgencyIsFlaggedAsAPossibleDuplicate() {
        String body = onlineBody().replace("2025 inspection reports of city hospitals",
                "Minutes of the 2024 meeting on clinic licences");
        String first = read(post("/api/requests", citizen2, body, Map.of())).path("id").asString();
        JsonNode second = read(post("/api/requests", citizen2, body.replace("Minutes of", "minutes  of"), Map.of()));
        assertThat(second.path("possibleDuplicateOf").get(0).asString()).isEqualTo(first);
        String different = body.replace("Minutes of the 2024 meeting", "Budget " + UUID.randomUUID());
        assertThat(read(post("/api/requests", citizen2, different, Map.of())).path("possibleDuplicateOf"))
                .isEmpty();
    }

    @Test
    void catalogueSuggestionsDegradeToAnEmptyFlaggedListWhenTheCatalogueFails() {
        CATALOG.failing = false;
        JsonNode ok = read(get("/api/requests/suggestions?q=hospital&agency=city-health", citizen1));
        assertThat(ok.path("degraded").asBoolean()).isFalse();
        assertThat(ok.path("items").get(0).path("title").asString()).isEqualTo("2025 hospital inspection results");
        assertThat(CATALOG.lastQuery).contains("q=hospital").contains("agency=city-health");

        CATALOG.failing = true;
        HttpResponse<String> down = get("/api/requests/suggestions?q=hospital", citizen1);
        assertThat(down.statusCode()).isEqualTo(200);
        assertThat(read(down).path("degraded").asBoolean()).isTrue();
        assertThat(read(down).path("items")).isEmpty();
        CATALOG.failing = false;
    }

    @Test
    void loadingANewHolidayNoticeRecomputesOpenDueDatesAndRecordsIt() throws Exception {
        String letter = onlineBody().replace("\"channel\":\"ONLINE\"", "\"channel\":\"IN_PERSON\"")
                .replace("\"delivery\":\"ONLINE\"", "\"delivery\":\"PICKUP\"")
                .replace("{\"agencyCode\"", "{\"receivedOn\":\"2026-02-13\",\"agencyCode\"");
        String id = read(post("/api/requests", editorHealth, letter, Map.of())).path("id").asString();
        String bundled;
        try (var in = WorkingDayCalendar.class.getResourceAsStream("cn-holidays.json")) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ObjectNode notice = (ObjectNode) json.readTree(bundled);
        ArrayNode holidays = (ArrayNode) notice.path("2026").path("holidays");
        holidays.addObject().put("name", "test holiday").putArray("dates").add("2026-03-19");
        String amended = json.writeValueAsString(notice);

        assertThat(put("/api/requests/calendar", editorHealth, amended).statusCode()).isEqualTo(403);
        assertThat(put("/api/requests/calendar", supervisor, amended).statusCode()).as("reads, never edits")
                .isEqualTo(403);
        assertThat(put("/api/requests/calendar", ops, "{\"2027\": {\"holidays\": [], \"workdays\": []}}")
                .statusCode()).isEqualTo(200); // a new year's notice alone is added; the loaded years stay
        assertThat(read(get("/api/requests/calendar", ops)).path("years").toString()).contains("2022", "2027");
        assertThat(mongo.getCollection("calendar_notices").countDocuments()).isGreaterThanOrEqualTo(1);
        try {
            JsonNode result = read(put("/api/requests/calendar", ops, amended));
            assertThat(result.path("changed").findValuesAsString("requestId")).contains(id);
            JsonNode view = read(get("/api/requests/" + id, editorHealth));
            assertThat(view.path("dueDate").asString()).isEqualTo("2026-03-20");
            assertThat(view.path("timeline").findValuesAsString("action")).contains("DEADLINE_RECOMPUTED");
        } finally {
            assertThat(put("/api/requests/calendar", ops, bundled).statusCode()).isEqualTo(200);
        }
        assertThat(read(get("/api/requests/" + id, editorHealth)).path("dueDate").asString()).isEqualTo("2026-03-19");
    }

    @Test
    void anApplicationWithoutCorrectionByTheDeadlineIsClosedAsOtherNoCorrection() {
        String id = file(citizen1);
        assertThat(post("/api/requests/" + id + "/correction-requests", editorHealth,
                "{\"matters\":\"Which year?\",\"correctionWorkingDays\":1}", Map.of()).statusCode()).isEqualTo(200);
        // let the correction period lie in the past (the real clock cannot be moved in this test)
        mongo.updateFirst(new Query(Criteria.where("_id").is(id)), new org.springframework.data.mongodb.core.query
                .Update().set("correction.dueOn", LocalDate.parse("2026-01-05")), "requests");
        alerts.sweep();
        JsonNode view = read(get("/api/requests/" + id, citizen1));
        assertThat(view.path("status").asString()).isEqualTo("CLOSED");
        assertThat(view.path("response").path("outcome").asString()).isEqualTo("OTHER_NO_CORRECTION");
        JsonNode data = json.readTree(awaitEvent(id, EventTypes.REQUEST_RESPONDED).value());
        assertThat(data.path("outcome").asString()).isEqualTo("OTHER_NO_CORRECTION");
        assertThat(data.path("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void notHeldAnswersNameTheHoldingAgencyAndTheApplicantRefilesThereInOneStep() {
        String id = file(citizen1);
        assertThat(post("/api/requests/" + id + "/refile", citizen1, "{}", Map.of()).statusCode()).isEqualTo(409);
        String notHeld = "{\"outcome\":\"UNABLE_NOT_HELD\",\"reason\":\"Held by the education bureau\","
                + "\"legalBasis\":\"Art. 36(5)\",\"holdingAgency\":\"city-education\"}";
        assertThat(post("/api/requests/" + id + "/response", editorHealth, notHeld, Map.of()).statusCode())
                .isEqualTo(200);
        assertThat(post("/api/requests/" + id + "/refile", citizen2, "{}", Map.of()).statusCode()).isEqualTo(404);
        HttpResponse<String> refiled = post("/api/requests/" + id + "/refile", citizen1, "{}", Map.of());
        assertThat(refiled.statusCode()).isEqualTo(201);
        String newId = read(refiled).path("id").asString();
        assertThat(read(refiled).path("agencyCode").asString()).isEqualTo("city-education");
        // a repeat creates nothing new
        assertThat(read(post("/api/requests/" + id + "/refile", citizen1, "{}", Map.of())).path("id").asString())
                .isEqualTo(newId);
        JsonNode copy = read(get("/api/requests/" + newId, editorEdu));
        assertThat(copy.path("refiledFrom").asString()).isEqualTo(id);
        assertThat(copy.path("applicant").path("idNumber").asString()).isEqualTo("1101**********002X");
        assertThat(read(get("/api/requests/" + id, citizen1)).path("refiledAs").asString()).isEqualTo(newId);
        assertThat(header(awaitEvent(newId, EventTypes.REQUEST_RECEIVED), CloudEventHeaders.AGENCY))
                .isEqualTo("city-education");
    }

    @Test
    void dueSoonFiresOnceWhenTwoWorkingDaysOrFewerRemain() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate target = calendar.addWorkingDays(today, 1).end();
        // the receipt date whose 20-working-day deadline is the next working day
        LocalDate received = today;
        while (calendar.addWorkingDays(received, 20).end().isAfter(target)) {
            received = received.minusDays(1);
        }
        String letter = onlineBody().replace("\"channel\":\"ONLINE\"", "\"channel\":\"FAX\"")
                .replace("{\"agencyCode\"", "{\"receivedOn\":\"" + received + "\",\"agencyCode\"");
        JsonNode filed = read(post("/api/requests", editorHealth, letter, Map.of()));
        String id = filed.path("id").asString();
        LocalDate due = LocalDate.parse(filed.path("dueDate").asString());
        assertThat(due).isAfterOrEqualTo(today).isBeforeOrEqualTo(target);

        alerts.sweep();
        alerts.sweep();
        JsonNode data = json.readTree(awaitEvent(id, EventTypes.REQUEST_DUE_SOON).value());
        assertThat(data.path("dueDate").asString()).isEqualTo(due.toString());
        assertThat(mongo.findById(id, Document.class, "requests").getList("alertsSent", String.class))
                .containsExactly("DUE_SOON_2@" + due);
    }

    @Test
    void aFeeNoticePausesTheClockAndAnUnpaidFeeClosesTheRequestAsOtherFeeUnpaid() {
        String fee = "{\"amountYuan\":\"100\",\"basis\":\"PER_REQUEST\",\"reason\":\"11th request this month\"}";
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String paid = file(citizen1);
        JsonNode notified = read(post("/api/requests/" + paid + "/fee-notices", editorHealth, fee, Map.of()));
        assertThat(notified.path("status").asString()).isEqualTo("FEE_NOTIFIED");
        assertThat(notified.path("nextActor").path("actor").asString()).isEqualTo("APPLICANT");
        assertThat(notified.path("dueDate").asString()).isEqualTo(calendar.addWorkingDays(today, 40).end().toString());
        assertThat(post("/api/requests/" + paid + "/fee-notices", editorHealth, fee, Map.of()).statusCode())
                .isEqualTo(409);
        JsonNode afterPayment = read(post("/api/requests/" + paid + "/fee-payments", editorHealth, "{}", Map.of()));
        assertThat(afterPayment.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(afterPayment.path("dueDate").asString())
                .isEqualTo(calendar.addWorkingDays(today, 20).end().toString());

        String unpaid = file(citizen1);
        assertThat(post("/api/requests/" + unpaid + "/fee-notices", editorHealth, fee, Map.of()).statusCode())
                .isEqualTo(200);
        mongo.updateFirst(new Query(Criteria.where("_id").is(unpaid)), new org.springframework.data.mongodb.core
                .query.Update().set("fee.payBy", LocalDate.parse("2026-01-05")), "requests");
        alerts.sweep();
        JsonNode closed = read(get("/api/requests/" + unpaid, citizen1));
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        assertThat(json.readTree(awaitEvent(unpaid, EventTypes.REQUEST_RESPONDED).value()).path("outcome")
                .asString()).isEqualTo("OTHER_FEE_UNPAID");
    }

    // ---------------------------------------------------------------- helpers

    HttpResponse<String> put(String path, String token, String body) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), token);
    }

    String onlineBody() {
        return """
                {"agencyCode":"city-health","applicantType":"NATURAL_PERSON",
                 "applicant":{"name":"张三","idType":"RESIDENT_ID","idNumber":"%s","phone":"%s",
                              "email":"zhang.san@example.cn","address":"北京市东城区某某街道1号"},
                 "description":"2025 inspection reports of city hospitals","purpose":"research",
                 "form":"ELECTRONIC","delivery":"ONLINE","channel":"ONLINE"}
                """.formatted(ID_NUMBER, PHONE).replace("\n", "");
    }

    static String respondBody() {
        return "{\"outcome\":\"GRANTED\",\"reason\":\"Disclosed in full\",\"legalBasis\":\"Art. 36(2)\","
                + "\"attachments\":[\"report-2025.pdf\"]}";
    }

    String file(String token) {
        HttpResponse<String> res = post("/api/requests", token, onlineBody(), Map.of());
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return read(res).path("id").asString();
    }

    HttpResponse<String> post(String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(b::header);
        return send(b, token);
    }

    HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET(), token);
    }

    HttpResponse<String> send(HttpRequest.Builder b, String token) {
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(b.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode read(HttpResponse<String> res) {
        return json.readTree(res.body());
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** Polls the broker until this request's event of this type arrives (all records seen are kept). */
    synchronized ConsumerRecord<String, String> awaitEvent(String requestId, String type) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            for (ConsumerRecord<String, String> r : seen) {
                if (requestId.equals(r.key()) && type.equals(header(r, CloudEventHeaders.TYPE))) {
                    return r;
                }
            }
            assertThat(System.currentTimeMillis()).as("event %s for %s", type, requestId).isLessThan(deadline);
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
    }
}
