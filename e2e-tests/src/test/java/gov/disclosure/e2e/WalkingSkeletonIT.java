package gov.disclosure.e2e;

import gov.disclosure.testsupport.LocalPlatform;
import gov.disclosure.workingdays.WorkingDayCalendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The walking skeleton of issue 2, end to end: the platform started by {@code ./platform up --detach} (Kafka broker
 * and MongoDB server as their own processes, five service JVMs), driven only over HTTP through the gateway with real
 * tokens from the development issuer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonIT {
    /** Own ports (18080…, Kafka 19092, MongoDB 17017), own home: never collides with other suites. */
    static final LocalPlatform PLATFORM = new LocalPlatform("target/platform-e2e", 18080, 19092, 17017);
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static WebhookReceiver receiver;
    static String webhookSecret;
    static String publicationId;
    static String draftId;

    @BeforeAll
    static void up() throws Exception {
        receiver = new WebhookReceiver();
        long start = System.nanoTime();
        PLATFORM.up();
        System.out.printf("platform up in %d s%n", (System.nanoTime() - start) / 1_000_000_000);
    }

    @AfterAll
    static void down() throws Exception {
        try {
            PLATFORM.down();
        } finally {
            receiver.close();
        }
    }

    @Test
    @Order(1)
    void upPrintsTheGatewayAndTheDemoAccounts() throws Exception {
        String out = PLATFORM.upOutput();
        assertThat(out).contains("http://localhost:" + PLATFORM.gatewayPort()).contains("editor.health");
    }

    @Test
    @Order(2)
    void aDepartmentSubscribesToPublicationsByWebhook() throws Exception {
        String token = token("editor.edu");
        Response created = post("/api/notifications/subscriptions", token, """
                {"channel":"WEBHOOK","target":"%s","filter":{"agencies":["city-health"],"categories":[],
                 "eventTypes":["gov.disclosure.publication.published"]}}""".formatted(receiver.url()));
        assertThat(created.status).as(created.body).isEqualTo(201);
        webhookSecret = created.json().get("secret").asString();
        assertThat(webhookSecret).startsWith("whsec_");
    }

    @Test
    @Order(3)
    void anEditorDraftsAReviewerApprovesAndTheEditorPublishes() throws Exception {
        String editor = token("editor.health");
        String reviewer = token("reviewer.health");
        Response draft = post("/api/catalog/publications", editor, """
                {"agencyCode":"city-health","title":"关于开展2026年冬季爱国卫生运动的通知",
                 "body":"各区卫生健康局：为改善城乡环境卫生，现就开展冬季爱国卫生运动通知如下。",
                 "category":"WORK_NEWS","subjectTerms":["卫生"]}""");
        assertThat(draft.status).as(draft.body).isEqualTo(201);
        publicationId = draft.json().get("id").asString();
        assertThat(post("/api/catalog/publications/" + publicationId + "/submit", editor, null).status)
                .isEqualTo(200);
        Response approve = post("/api/catalog/publications/" + publicationId + "/review", reviewer,
                "{\"decision\":\"APPROVE\",\"comment\":\"无涉密和个人信息\"}");
        assertThat(approve.json().get("status").asString()).isEqualTo("APPROVED");
        Response published = post("/api/catalog/publications/" + publicationId + "/publish", editor, null);
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");

        Response anonymous = get("/api/catalog/publications/" + publicationId, null);
        assertThat(anonymous.status).isEqualTo(200);
        assertThat(anonymous.json().get("indexNumber").asString()).startsWith("city-health-");
    }

    @Test
    @Order(4)
    void theWebhookReceivesTheSignedCloudEvent() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.calls.stream()
                .anyMatch(c -> c.body().contains(publicationId)));
        WebhookReceiver.Call call = receiver.calls.stream().filter(c -> c.body().contains(publicationId))
                .findFirst().orElseThrow();
        String id = call.header("webhook-id");
        String timestamp = call.header("webhook-timestamp");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(webhookSecret.substring("whsec_".length())),
                "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + call.body()).getBytes(StandardCharsets.UTF_8)));
        assertThat(call.header("webhook-signature").split(" ")).contains(expected);
        JsonNode event = JSON.readTree(call.body());
        assertThat(event.get("specversion").asString()).isEqualTo("1.0");
        assertThat(event.get("type").asString()).isEqualTo("gov.disclosure.publication.published");
        assertThat(event.get("data").get("publicationId").asString()).isEqualTo(publicationId);
    }

    @Test
    @Order(5)
    void aCitizenFilesARequestDueInTwentyWorkingDays() throws Exception {
        Response filed = post("/api/requests", token("citizen1"), """
                {"agencyCode":"city-health","applicantType":"NATURAL_PERSON",
                 "applicant":{"name":"张三","idType":"RESIDENT_ID","idNumber":"11010519491231002X",
                              "phone":"13800138000","email":"zhangsan@example.com","address":"东城区和平路1号"},
                 "description":"请公开2026年本市传染病防控专项经费的使用情况","purpose":"了解公共卫生支出",
                 "form":"ELECTRONIC","delivery":"ONLINE","channel":"ONLINE"}""");
        assertThat(filed.status).as(filed.body).isEqualTo(201);
        LocalDate receivedOn = LocalDate.parse(filed.json().get("receivedOn").asString());
        assertThat(receivedOn).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        LocalDate expectedDue = WorkingDayCalendar.bundled().addWorkingDays(receivedOn, 20).end();
        assertThat(LocalDate.parse(filed.json().get("dueDate").asString())).isEqualTo(expectedDue);
        assertThat(filed.body).doesNotContain("11010519491231002X");
    }

    @Test
    @Order(6)
    void statsCountThePublicationAndTheRequest() throws Exception {
        String supervisor = token("supervisor");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Response dashboard = get("/api/stats/dashboard?agency=city-health", supervisor);
            assertThat(dashboard.status).as(dashboard.body).isEqualTo(200);
            JsonNode d = dashboard.json();
            assertThat(d.get("publications").get("byCategory").path("WORK_NEWS").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(d.get("requests").get("total").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(d.get("requests").get("byStatus").toString()).contains("RECEIVED");
        });
        // staff see their own agency's dashboard, not another's
        assertThat(get("/api/stats/dashboard?agency=city-health", token("editor.edu")).status).isEqualTo(403);
    }

    @Test
    @Order(7)
    void anonymousWritesAre401AndOtherAgenciesCannotSeeDrafts() throws Exception {
        for (String path : new String[]{"/api/catalog/publications", "/api/requests",
                "/api/notifications/subscriptions", "/api/catalog/publications/x/submit"}) {
            Response r = post(path, null, "{}");
            assertThat(r.status).as(path).isEqualTo(401);
        }
        String editor = token("editor.health");
        Response draft = post("/api/catalog/publications", editor, """
                {"agencyCode":"city-health","title":"内部征求意见稿","body":"草稿正文","category":"OTHER"}""");
        draftId = draft.json().get("id").asString();
        int status = get("/api/catalog/publications/" + draftId, token("editor.edu")).status;
        assertThat(status).isIn(403, 404);
        assertThat(post("/api/catalog/publications/" + draftId + "/submit", token("editor.edu"), null).status)
                .isIn(403, 404);
    }

    static String token(String username) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode("Demo#2026", StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(PLATFORM.gateway() + "/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("access_token").asString();
    }

    static Response get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(PLATFORM.gateway() + path)).GET();
        return send(b, token);
    }

    static Response post(String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(PLATFORM.gateway() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body, StandardCharsets.UTF_8));
        return send(b, token);
    }

    private static Response send(HttpRequest.Builder b, String token) throws Exception {
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = HTTP.send(b.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(r.statusCode(), r.body());
    }

    record Response(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
