package gov.disclosure.stats;

import gov.disclosure.contracts.EventSchemas;
import gov.disclosure.contracts.EventTypes;
import gov.disclosure.contracts.RequestEvent;
import gov.disclosure.contracts.Topics;
import gov.disclosure.testsupport.EmbeddedMongo;
import gov.disclosure.testsupport.TestJwtIssuer;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN", "logging.level.org.apache.zookeeper=WARN"})
@EmbeddedKafka(partitions = Topics.PARTITIONS, topics = {Topics.CATALOG_PUBLICATION, Topics.REQUEST_LIFECYCLE,
        Topics.NOTIFICATION_DELIVERY, "catalog.publication.v1-dlt", "request.lifecycle.v1-dlt",
        "notification.delivery.v1-dlt"})
class StatsServiceIntegrationTest {
    static final TestJwtIssuer ISSUER = new TestJwtIssuer();
    static final EmbeddedMongo MONGO = new EmbeddedMongo();
    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
        registry.add("spring.mongodb.database", () -> "stats-it-" + UUID.randomUUID());
        registry.add("platform.security.jwk-set-uri", ISSUER::jwkSetUri);
    }

    @AfterAll
    static void stopPeers() {
        ISSUER.close();
        MONGO.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JsonMapper json;
    @Autowired
    MeterRegistry meters;
    @Autowired
    EmbeddedKafkaBroker broker;

    final HttpClient http = HttpClient.newHttpClient();
    Events events;

    @BeforeEach
    void setUp() {
        events = new Events(json);
    }

    @Test
    void publishedRecordAndFiledRequestShowOnTheSupervisorsDashboard() throws Exception {
        String agency = "agency-skeleton";
        send(events.publication("pub-sk-1", agency, "REGULATION", "PUBLISHED", 3, TODAY.minusDays(5), Instant.now()));
        send(events.requestRecord(UUID.randomUUID().toString(), EventTypes.REQUEST_RECEIVED,
                events.request("req-sk-1", agency, "NATURAL_PERSON", "RECEIVED", TODAY, TODAY.plusDays(28), null, null, 0)));

        JsonNode dash = pollDashboard(agency, ISSUER.supervisor("supervisor"),
                d -> d.at("/publications/total").asLong() == 1 && d.at("/requests/total").asLong() == 1);

        assertThat(dash.at("/publications/byCategory/REGULATION").asLong()).isEqualTo(1);
        assertThat(dash.at("/publications/timeliness/within20WorkingDays").asLong()).isEqualTo(1);
        assertThat(dash.at("/requests/byStatus/RECEIVED").asLong()).isEqualTo(1);
        assertThat(dash.at("/requests/open").asLong()).isEqualTo(1);
        assertThat(dash.at("/agency").asString()).isEqualTo(agency);
    }

    @Test
    void duplicateEventAndOlderVersionLeaveTheNumbersUnchanged() throws Exception {
        String agency = "agency-dedupe";
        String supervisor = ISSUER.supervisor("supervisor");
        RequestEvent received = events.request("req-dd-1", agency, "ORG_COMMERCIAL", "RECEIVED",
                TODAY.minusDays(10), TODAY.plusDays(18), null, null, 1);
        RequestEvent extended = events.request("req-dd-1", agency, "ORG_COMMERCIAL", "EXTENDED",
                TODAY.minusDays(10), TODAY.plusDays(30), null, null, 2);
        RequestEvent responded = events.request("req-dd-1", agency, "ORG_COMMERCIAL", "RESPONDED",
                TODAY.minusDays(10), TODAY.plusDays(18), "GRANTED", TODAY.minusDays(1), 3);
        String respondedId = UUID.randomUUID().toString();
        send(events.requestRecord(UUID.randomUUID().toString(), EventTypes.REQUEST_RECEIVED, received));
        send(events.requestRecord(respondedId, EventTypes.REQUEST_RESPONDED, responded));
        JsonNode before = pollDashboard(agency, supervisor, d -> d.at("/requests/answered").asLong() == 1);

        double dedupedBefore = counter("stats.events.deduplicated");
        double staleBefore = counter("stats.events.stale");
        send(events.requestRecord(respondedId, EventTypes.REQUEST_RESPONDED, responded));      // same CloudEvent again
        send(events.requestRecord(UUID.randomUUID().toString(), EventTypes.REQUEST_EXTENDED, extended)); // older version
        poll(() -> counter("stats.events.deduplicated") >= dedupedBefore + 1
                && counter("stats.events.stale") >= staleBefore + 1, "duplicate and stale event processed");

        JsonNode after = dashboard(agency, supervisor).body;
        assertThat(after.at("/requests")).isEqualTo(before.at("/requests"));
        assertThat(after.at("/requests/byStatus/RESPONDED").asLong()).isEqualTo(1);
        assertThat(after.at("/requests/byOutcome/GRANTED").asLong()).isEqualTo(1);
        assertThat(after.at("/requests/onTimeRate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicAndTheNextValidMessageIsProcessed() throws Exception {
        String agency = "agency-poison";
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "poison-probe", false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (Consumer<String, String> dlt = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new StringDeserializer()).createConsumer()) {
            dlt.subscribe(java.util.List.of(Topics.deadLetter(Topics.REQUEST_LIFECYCLE)));
            String notJsonKey = "poison-" + UUID.randomUUID();
            send(Events.record(UUID.randomUUID().toString(), "/request-service", EventTypes.REQUEST_RECEIVED,
                    notJsonKey, agency, "{not json"));
            String invalidKey = "invalid-" + UUID.randomUUID();
            send(Events.record(UUID.randomUUID().toString(), "/request-service", EventTypes.REQUEST_RECEIVED,
                    invalidKey, agency, "{\"requestId\":\"x\"}"));
            assertThat(EventSchemas.validate(Topics.REQUEST_LIFECYCLE, "{\"requestId\":\"x\"}")).isNotEmpty();
            send(events.requestRecord(UUID.randomUUID().toString(), EventTypes.REQUEST_RECEIVED,
                    events.request("req-ok-1", agency, "ORG_RESEARCH", "RECEIVED", TODAY, TODAY.plusDays(28), null, null, 0)));

            java.util.Set<String> deadKeys = new java.util.HashSet<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!deadKeys.containsAll(java.util.List.of(notJsonKey, invalidKey)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : dlt.poll(Duration.ofMillis(500))) {
                    deadKeys.add(r.key());
                }
            }
            assertThat(deadKeys).contains(notJsonKey, invalidKey);
        }
        JsonNode dash = pollDashboard(agency, ISSUER.supervisor("supervisor"), d -> d.at("/requests/total").asLong() == 1);
        assertThat(dash.at("/requests/byStatus/RECEIVED").asLong()).isEqualTo(1);
    }

    @Test
    void staffSeeOnlyTheirOwnAgencyAndAnonymousCallersAreRefused() throws Exception {
        String eduStaff = ISSUER.staff("editor.edu", "city-education", "AGENCY_EDITOR");
        Response other = dashboard("city-health", eduStaff);
        assertThat(other.status).isEqualTo(403);
        assertThat(other.contentType).startsWith("application/problem+json");

        Response own = get("/api/stats/dashboard", eduStaff);
        assertThat(own.status).isEqualTo(200);
        assertThat(own.body.at("/agency").asString()).isEqualTo("city-education");

        Response citizen = dashboard(null, ISSUER.citizen("citizen1"));
        assertThat(citizen.status).isEqualTo(403);

        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri("/api/stats/dashboard"))
                .header("X-Request-Id", "req-anon-1").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(anonymous.headers().firstValue("X-Request-Id")).contains("req-anon-1");
    }

    @Test
    void annualReportCountsEventsTakesEnteredFiguresWithProvenanceAndRendersTheOfficialForm() throws Exception {
        String agency = "agency-annual";
        int year = TODAY.getYear();
        send(events.publication("pub-an-1", agency, "REGULATION", "PUBLISHED", 1, TODAY.minusDays(3), Instant.now()));
        send(events.publication("pub-an-2", agency, "PENALTY", "PUBLISHED", 1, TODAY.minusDays(3), Instant.now()));
        RequestEvent filed = events.request("req-an-1", agency, "ORG_COMMERCIAL", "RECEIVED", TODAY.withDayOfYear(1),
                TODAY.withDayOfYear(1).plusDays(28), null, null, 0);
        send(events.requestRecord(UUID.randomUUID().toString(), EventTypes.REQUEST_RECEIVED, filed));
        send(events.requestRecord(UUID.randomUUID().toString(), EventTypes.REQUEST_RESPONDED,
                events.request("req-an-1", agency, "ORG_COMMERCIAL", "RESPONDED", filed.receivedOn(), filed.dueDate(),
                        "NOT_PROCESSED_DUPLICATE", filed.receivedOn().plusDays(2), 1)));
        poll(() -> {
            Response r = get("/api/stats/annual-reports/" + year + "?agency=" + agency, null);
            return r.status == 200 && table3(r.body, "not_processed_duplicate", "org_commercial") == 1
                    && table2(r.body, 0, 0, "issued_this_year").at("/value").asLong() == 1;
        }, "annual report of " + agency);

        String admin = ISSUER.staff("admin.annual", agency, "AGENCY_ADMIN");
        String body = "{\"table2\":{\"administrative_fees\":{\"fee_amount_10k_cny\":1.25},"
                + "\"administrative_penalty\":{\"decisions_this_year\":40}},"
                + "\"table4\":{\"review_upheld\":2,\"review_corrected\":1},\"texts\":{\"overview\":\"总体情况良好\"}}";
        assertThat(put("/api/stats/annual-reports/" + year + "/entered-figures", admin, body).statusCode()).isEqualTo(200);
        String otherAdmin = ISSUER.staff("admin.other", "city-health", "AGENCY_ADMIN");
        assertThat(put("/api/stats/annual-reports/" + year + "/entered-figures?agency=" + agency, otherAdmin, body)
                .statusCode()).isEqualTo(403);
        assertThat(put("/api/stats/annual-reports/" + year + "/entered-figures", null, body).statusCode()).isEqualTo(401);
        assertThat(put("/api/stats/annual-reports/" + year + "/entered-figures", admin,
                "{\"table2\":{\"no_such_row\":{\"x\":1}}}").statusCode()).isEqualTo(400);

        JsonNode report = get("/api/stats/annual-reports/" + year + "?agency=" + agency, null).body;
        JsonNode fees = table2(report, 3, 0, "fee_amount_10k_cny");
        assertThat(fees.at("/value").decimalValue()).isEqualByComparingTo("1.25");
        assertThat(fees.at("/source").asString()).isEqualTo("ENTERED");
        assertThat(fees.at("/enteredBy").asString()).isEqualTo("admin.annual");
        JsonNode penalties = table2(report, 2, 0, "decisions_this_year");
        assertThat(penalties.at("/value").asLong()).isEqualTo(40);
        assertThat(penalties.at("/counted").asLong()).isEqualTo(1);
        assertThat(table2(report, 0, 0, "currently_valid").at("/source").asString()).isEqualTo("COUNTED");
        assertThat(report.at("/table4/cells/review_total").asLong()).isEqualTo(3);
        assertThat(table3(report, "new_received", "total")).isEqualTo(1);
        assertThat(table3(report, "results_total", "total")).isEqualTo(1);
        assertThat(report.at("/identitiesHold").asBoolean()).isTrue();
        assertThat(report.at("/parts/overview/text").asString()).isEqualTo("总体情况良好");

        JsonNode city = get("/api/stats/annual-reports/" + year, null).body;
        assertThat(city.at("/scope").asString()).isEqualTo("CITY");
        assertThat(table3(city, "not_processed_duplicate", "total")).isGreaterThanOrEqualTo(1);
        assertThat(city.at("/identitiesHold").asBoolean()).isTrue();

        HttpResponse<String> html = http.send(HttpRequest.newBuilder(uri("/api/stats/annual-reports/" + year
                + "?agency=" + agency)).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        for (gov.disclosure.stats.annual.Table3.Row row : gov.disclosure.stats.annual.Table3.ROWS) {
            assertThat(html.body()).contains(row.label());
        }
        for (gov.disclosure.stats.annual.Table2.Block block : gov.disclosure.stats.annual.Table2.BLOCKS) {
            assertThat(html.body()).contains(block.header());
            block.rows().forEach(r -> assertThat(html.body()).contains(r.label()));
        }
        assertThat(html.body()).contains("行政复议", "未经复议直接起诉", "复议后起诉", "填报：admin.annual");

        Response csv = getRaw("/api/stats/annual-reports/" + year + "?agency=" + agency + "&format=csv");
        assertThat(csv.contentType).startsWith("text/csv");
        assertThat(csv.raw).contains("三,,not_processed_duplicate,2.重复申请,org_commercial,商业企业,1,COUNTED");
    }

    @Test
    void rankingsAreForSupervisorsAndShowHowEachScoreWasComputed() throws Exception {
        send(events.publication("pub-rk-1", "agency-ranking", "WORK_NEWS", "PUBLISHED", 1, TODAY.minusDays(1), Instant.now()));
        String path = "/api/stats/rankings/" + TODAY.getYear();
        poll(() -> get(path, ISSUER.supervisor("supervisor")).raw.contains("agency-ranking"), "ranking");
        Response ranking = get(path, ISSUER.supervisor("supervisor"));
        assertThat(ranking.status).isEqualTo(200);
        assertThat(ranking.body.at("/model/responseTimeliness").asDouble()).isEqualTo(0.4);
        JsonNode first = ranking.body.at("/agencies/0");
        assertThat(first.at("/rank").asInt()).isEqualTo(1);
        assertThat(first.at("/components").size()).isEqualTo(6);
        double sum = 0;
        for (JsonNode c : first.at("/components")) {
            sum += c.at("/points").asDouble();
        }
        assertThat(first.at("/score").asDouble()).isCloseTo(sum, org.assertj.core.data.Offset.offset(0.05));
        assertThat(get("/api/stats/rankings/" + TODAY.getYear(), ISSUER.staff("editor.health", "city-health",
                "AGENCY_EDITOR")).status).isEqualTo(403);
    }

    @Test
    void rebuildReplaysTheTopicsIntoFreshCollectionsWithTheSameNumbers() throws Exception {
        String agency = "agency-rebuild";
        String supervisor = ISSUER.supervisor("supervisor");
        send(events.publication("pub-rb-1", agency, "NORMATIVE_DOCUMENT", "PUBLISHED", 1, TODAY.minusDays(40), Instant.now()));
        send(events.requestRecord(UUID.randomUUID().toString(), EventTypes.REQUEST_RECEIVED,
                events.request("req-rb-1", agency, "ORG_LEGAL_SERVICE", "RECEIVED", TODAY.minusDays(40),
                        TODAY.minusDays(10), null, null, 0)));
        pollDashboard(agency, supervisor, d -> d.at("/requests/total").asLong() == 1
                && d.at("/publications/total").asLong() == 1);
        JsonNode liveDashboard = dashboard(null, supervisor).body;
        JsonNode liveReport = get("/api/stats/annual-reports/" + TODAY.getYear(), null).body;
        assertThat(liveDashboard.at("/requests/overdueCount").asLong()).isGreaterThanOrEqualTo(1);

        assertThat(post("/api/stats/admin/rebuild", supervisor).statusCode()).isEqualTo(403);
        HttpResponse<String> rebuilt = post("/api/stats/admin/rebuild", ISSUER.ops("ops"));
        assertThat(rebuilt.statusCode()).isEqualTo(200);
        JsonNode result = json.readTree(rebuilt.body());
        assertThat(result.at("/generation").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(result.at("/skippedPoison").asLong()).isGreaterThanOrEqualTo(0);

        JsonNode afterDashboard = dashboard(null, supervisor).body;
        JsonNode afterReport = get("/api/stats/annual-reports/" + TODAY.getYear(), null).body;
        assertThat(afterDashboard.at("/requests")).isEqualTo(liveDashboard.at("/requests"));
        assertThat(afterDashboard.at("/publications")).isEqualTo(liveDashboard.at("/publications"));
        assertThat(afterReport.at("/table3")).isEqualTo(liveReport.at("/table3"));
        assertThat(afterReport.at("/table2")).isEqualTo(liveReport.at("/table2"));
        assertThat(afterDashboard.at("/requests/total").asLong()).isGreaterThanOrEqualTo(1);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    long table3(JsonNode report, String row, String column) {
        for (JsonNode r : report.at("/table3/rows")) {
            if (r.at("/code").asString().equals(row)) {
                return r.at("/values/" + column).asLong();
            }
        }
        throw new AssertionError("no table3 row " + row);
    }

    static JsonNode table2(JsonNode report, int block, int row, String column) {
        return report.at("/table2/blocks/" + block + "/rows/" + row + "/cells/" + column);
    }

    HttpResponse<String> put(String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    Response getRaw(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), null, r.body());
    }

    void send(ProducerRecord<String, String> record) throws Exception {
        kafka.send(record).get();
    }

    double counter(String name) {
        return meters.find(name).tag("topic", Topics.REQUEST_LIFECYCLE).counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

    JsonNode pollDashboard(String agency, String token, Predicate<JsonNode> until) throws Exception {
        JsonNode[] last = new JsonNode[1];
        poll(() -> {
            Response r = dashboard(agency, token);
            last[0] = r.body;
            return r.status == 200 && until.test(r.body);
        }, "dashboard of " + agency);
        return last[0];
    }

    static void poll(Supplier<Boolean> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    Response dashboard(String agency, String token) {
        return get("/api/stats/dashboard" + (agency == null ? "" : "?agency=" + agency), token);
    }

    Response get(String path, String token) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.body().isEmpty() ? null : json.readTree(r.body()), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    record Response(int status, String contentType, JsonNode body, String raw) {
    }
}
