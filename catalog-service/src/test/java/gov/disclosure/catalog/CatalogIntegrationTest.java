package gov.disclosure.catalog;

import gov.disclosure.contracts.CloudEventHeaders;
import gov.disclosure.contracts.EventSchemas;
import gov.disclosure.contracts.EventTypes;
import gov.disclosure.contracts.Topics;
import gov.disclosure.testsupport.EmbeddedMongo;
import gov.disclosure.testsupport.TestJwtIssuer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The catalogue through real HTTP, a real Kafka broker (in-JVM KRaft) and a real MongoDB wire server: the walking
 * skeleton's publication flow, who may do what, and the events it announces.
 */
class CatalogIntegrationTest extends CatalogTestBase {
    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void draftReviewPublishFlowAnnouncesOneValidEvent() {
        String id = draft(EDITOR, "关于做好流感防控工作的通知");
        assertThat(http().post("/api/catalog/publications/" + id + "/submit", EDITOR, null).json()
                .get("status").asString()).isEqualTo("PENDING_REVIEW");
        Http.Response approved = http().post("/api/catalog/publications/" + id + "/review", REVIEWER,
                "{\"decision\":\"APPROVE\",\"comment\":\"保密审查通过\"}");
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        Http.Response published = http().post("/api/catalog/publications/" + id + "/publish", EDITOR, null);
        assertThat(published.status).isEqualTo(200);
        JsonNode record = published.json();
        assertThat(record.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(record.get("indexNumber").asString()).matches("city-health-\\d{4}-\\d{5}");
        assertThat(record.get("history")).hasSize(4);

        // anyone reads the published record, without the internal fields
        Http.Response anonymous = http().get("/api/catalog/publications/" + id, null);
        assertThat(anonymous.status).isEqualTo(200);
        assertThat(anonymous.json().get("createdBy").isNull()).isTrue();
        assertThat(anonymous.header("X-Request-Id")).isNotBlank();

        ConsumerRecord<String, String> event = awaitEvent(id, EventTypes.PUBLICATION_PUBLISHED);
        assertThat(header(event, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(event, CloudEventHeaders.SOURCE)).isEqualTo("/catalog-service");
        assertThat(header(event, CloudEventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(header(event, CloudEventHeaders.AGENCY)).isEqualTo("city-health");
        assertThat(header(event, CloudEventHeaders.ID)).isNotBlank();
        assertThat(event.key()).isEqualTo(id);
        assertThat(EventSchemas.validate(Topics.CATALOG_PUBLICATION, event.value())).isEmpty();
        assertThat(event.value()).contains(record.get("indexNumber").asString());

        // the relay removed exactly the event it published
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                mongo.findById(id, Document.class, "publications").getList("outbox", Object.class)).isEmpty());
    }

    @Test
    void writesNeedATokenAndStaffStayInsideTheirAgency() {
        Http.Response anonymous = http().post("/api/catalog/publications", null,
                "{\"agencyCode\":\"city-health\",\"title\":\"t\",\"body\":\"b\",\"category\":\"OTHER\"}");
        assertThat(anonymous.status).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");

        String id = draft(EDITOR, "内部草稿");
        assertThat(http().get("/api/catalog/publications/" + id, EDITOR_EDU).status).isEqualTo(404);
        assertThat(http().get("/api/catalog/publications/" + id, null).status).isEqualTo(404);
        assertThat(http().get("/api/catalog/publications/" + id, CITIZEN).status).isEqualTo(404);
        assertThat(http().post("/api/catalog/publications/" + id + "/submit", EDITOR_EDU, null).status)
                .isEqualTo(404);
        assertThat(http().get("/api/catalog/publications/" + id, EDITOR).status).isEqualTo(200);

        Http.Response foreign = http().post("/api/catalog/publications", EDITOR_EDU,
                "{\"agencyCode\":\"city-health\",\"title\":\"t\",\"body\":\"b\",\"category\":\"OTHER\"}");
        assertThat(foreign.status).isEqualTo(403);
        Http.Response citizen = http().post("/api/catalog/publications", CITIZEN,
                "{\"agencyCode\":\"city-health\",\"title\":\"t\",\"body\":\"b\",\"category\":\"OTHER\"}");
        assertThat(citizen.status).isEqualTo(403);
        // the draft is still a draft: rejected calls changed nothing
        assertThat(http().get("/api/catalog/publications/" + id, EDITOR).json().get("status").asString())
                .isEqualTo("DRAFT");
    }

    @Test
    void fourEyesAndIllegalTransitionsAreConflicts() {
        String id = draft(ADMIN, "管理员自己起草的文件");
        assertThat(http().post("/api/catalog/publications/" + id + "/publish", ADMIN, null).status).isEqualTo(409);
        http().post("/api/catalog/publications/" + id + "/submit", ADMIN, null);
        Http.Response self = http().post("/api/catalog/publications/" + id + "/review", ADMIN,
                "{\"decision\":\"APPROVE\"}");
        assertThat(self.status).isEqualTo(409);
        assertThat(self.json().get("detail").asString()).contains("Four eyes");

        Http.Response noComment = http().post("/api/catalog/publications/" + id + "/review", REVIEWER,
                "{\"decision\":\"REJECT\"}");
        assertThat(noComment.status).isEqualTo(400);
        Http.Response rejected = http().post("/api/catalog/publications/" + id + "/review", REVIEWER,
                "{\"decision\":\"REJECT\",\"comment\":\"含有个人信息，请删除\"}");
        assertThat(rejected.json().get("status").asString()).isEqualTo("DRAFT");
        JsonNode last = rejected.json().get("history").get(rejected.json().get("history").size() - 1);
        assertThat(last.get("comment").asString()).isEqualTo("含有个人信息，请删除");
        assertThat(last.get("by").asString()).isEqualTo("reviewer.health");

        long version = rejected.json().get("version").asLong();
        Http.Response stale = http().post("/api/catalog/publications/" + id + "/submit", ADMIN,
                "{\"version\":" + (version - 1) + "}");
        assertThat(stale.status).isEqualTo(409);
    }

    @Test
    void badInputIsAProblemListingTheFields() {
        Http.Response missing = http().post("/api/catalog/publications", EDITOR,
                "{\"agencyCode\":\"city-health\",\"body\":\"b\",\"category\":\"OTHER\"}");
        assertThat(missing.status).isEqualTo(400);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("title");

        Http.Response category = http().post("/api/catalog/publications", EDITOR,
                "{\"agencyCode\":\"city-health\",\"title\":\"t\",\"body\":\"b\",\"category\":\"GOSSIP\"}");
        assertThat(category.status).isEqualTo(400);
        Http.Response size = http().get("/api/catalog/publications?size=1000", null);
        assertThat(size.status).isEqualTo(400);
    }

    @Test
    void revokedRecordsStayFindableWithTheirReason() {
        String id = publish("关于调整门诊收费标准的公告");
        Http.Response found = http().get("/api/catalog/publications?q=门诊收费&agency=city-health", null);
        assertThat(found.json().get("total").asLong()).isEqualTo(1);
        assertThat(found.json().get("items").get(0).get("id").asString()).isEqualTo(id);

        assertThat(http().post("/api/catalog/publications/" + id + "/revoke", EDITOR,
                "{\"reason\":\"文件已废止\"}").status).isEqualTo(403);
        Http.Response revoked = http().post("/api/catalog/publications/" + id + "/revoke", ADMIN,
                "{\"reason\":\"该公告已被新文件替代\"}");
        assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");
        Http.Response still = http().get("/api/catalog/publications/" + id, null);
        assertThat(still.json().get("revocationReason").asString()).isEqualTo("该公告已被新文件替代");
        assertThat(http().get("/api/catalog/publications?q=门诊收费", null).json().get("items").get(0)
                .get("status").asString()).isEqualTo("REVOKED");
        ConsumerRecord<String, String> event = awaitEvent(id, EventTypes.PUBLICATION_REVOKED);
        assertThat(EventSchemas.validate(Topics.CATALOG_PUBLICATION, event.value())).isEmpty();

        Http.Response feed = http().get("/api/catalog/feeds/atom?agency=city-health", null);
        assertThat(feed.header("Content-Type")).startsWith("application/atom+xml");
        assertThat(feed.body).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">").contains("[已撤销] 关于调整门诊收费标准的公告");
    }

    @Test
    void chineseSearchMatchesTraditionalWithSimplifiedAndHighlights() {
        String id = publish("和平鎮政府信息公開工作總結");
        Http.Response simplified = http().get("/api/catalog/publications?q=信息公开&agency=city-health", null);
        assertThat(simplified.json().get("items").findValuesAsString("id")).contains(id);
        JsonNode hit = simplified.json().get("items").get(0);
        assertThat(hit.get("highlight").asString()).contains("<em>");
        // every term must match: a query with an absent second term finds nothing
        assertThat(http().get("/api/catalog/publications?q=信息公开%20火箭发射", null).json().get("total").asLong())
                .isZero();
        // filters narrow the full-text result
        assertThat(http().get("/api/catalog/publications?q=信息公开&category=BUDGET", null).json()
                .get("total").asLong()).isZero();
    }

    @Test
    void anAmendmentSupersedesTheOldRecordWhichStaysVisible() {
        String oldId = publish("关于公布2026年定点医疗机构名单的通知");
        Http.Response amended = http().post("/api/catalog/publications/" + oldId + "/amend", EDITOR, """
                {"title":"关于公布2026年定点医疗机构名单的通知（修订）","body":"新增三家定点医疗机构。",
                 "category":"NORMATIVE_DOCUMENT"}""");
        assertThat(amended.status).as(amended.toString()).isEqualTo(201);
        String newId = amended.json().get("id").asString();
        assertThat(amended.json().get("supersedes").asString()).isEqualTo(oldId);
        // the old one is untouched until the amendment is out
        assertThat(http().get("/api/catalog/publications/" + oldId, null).json().get("status").asString())
                .isEqualTo("PUBLISHED");
        http().post("/api/catalog/publications/" + newId + "/submit", EDITOR, null);
        http().post("/api/catalog/publications/" + newId + "/review", REVIEWER, "{\"decision\":\"APPROVE\"}");
        assertThat(http().post("/api/catalog/publications/" + newId + "/publish", EDITOR, null).status).isEqualTo(200);

        JsonNode old = http().get("/api/catalog/publications/" + oldId, null).json();
        assertThat(old.get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(old.get("validity").asString()).isEqualTo("AMENDED");
        assertThat(old.get("supersededBy").asString()).isEqualTo(newId);
        ConsumerRecord<String, String> event = awaitEvent(newId, EventTypes.PUBLICATION_AMENDED);
        assertThat(event.value()).contains("\"supersedes\":\"" + oldId + "\"");
        assertThat(EventSchemas.validate(Topics.CATALOG_PUBLICATION, awaitEvent(oldId, EventTypes.PUBLICATION_AMENDED)
                .value())).isEmpty();
        // a superseded record cannot be amended again
        assertThat(http().post("/api/catalog/publications/" + oldId + "/amend", EDITOR,
                "{\"title\":\"t\",\"body\":\"b\",\"category\":\"OTHER\"}").status).isEqualTo(409);
    }

    @Test
    void aScheduledPublicationGoesOutWhenItsTimeComes() {
        String id = draft(EDITOR, "定时发布：元旦假期门诊安排");
        http().post("/api/catalog/publications/" + id + "/submit", EDITOR, null);
        http().post("/api/catalog/publications/" + id + "/review", REVIEWER, "{\"decision\":\"APPROVE\"}");
        String at = java.time.Instant.now().plusSeconds(2).toString();
        Http.Response scheduled = http().post("/api/catalog/publications/" + id + "/publish", EDITOR,
                "{\"publishAt\":\"" + at + "\"}");
        assertThat(scheduled.status).isEqualTo(202);
        assertThat(scheduled.json().get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(http().get("/api/catalog/publications/" + id, null).status).as("not public yet").isEqualTo(404);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                http().get("/api/catalog/publications/" + id, null).json().get("status").asString())
                .isEqualTo("PUBLISHED"));
        JsonNode record = http().get("/api/catalog/publications/" + id, EDITOR).json();
        assertThat(record.get("publishedAt").asString()).isGreaterThanOrEqualTo(at.substring(0, 19));
        assertThat(record.get("history").findValuesAsString("by")).contains("scheduler");
        assertThat(EventSchemas.validate(Topics.CATALOG_PUBLICATION,
                awaitEvent(id, EventTypes.PUBLICATION_PUBLISHED).value())).isEmpty();
    }

    @Test
    void aRepealedDocumentStaysFindableMarkedAndAnnounced() {
        String id = publish("关于印发某某管理暂行办法的通知");
        assertThat(http().post("/api/catalog/publications/" + id + "/validity", EDITOR,
                "{\"validity\":\"REPEALED\",\"reason\":\"已被新办法废止\"}").status).isEqualTo(403);
        Http.Response repealed = http().post("/api/catalog/publications/" + id + "/validity", ADMIN,
                "{\"validity\":\"REPEALED\",\"reason\":\"已被新办法废止\"}");
        assertThat(repealed.status).as(repealed.toString()).isEqualTo(200);
        assertThat(http().get("/api/catalog/publications?q=某某管理暂行办法&validity=REPEALED", null).json()
                .get("items").findValuesAsString("id")).contains(id);
        assertThat(http().get("/api/catalog/publications?q=某某管理暂行办法&validity=VALID", null).json()
                .get("total").asLong()).isZero();
        assertThat(awaitEvent(id, EventTypes.PUBLICATION_AMENDED).value()).contains("\"validity\":\"REPEALED\"");
        assertThat(http().post("/api/catalog/publications/" + id + "/validity", ADMIN,
                "{\"validity\":\"AMENDED\",\"reason\":\"x\"}").status).isEqualTo(409);
    }

    @Test
    void changesMadeByAnotherInstanceReachThisInstancesIndexThroughTheTopic() throws Exception {
        // another catalog instance published a record: its document is in the shared database and its event on the
        // topic, but this instance's in-memory index has never seen it
        String id = draft(EDITOR, "另一实例发布的公告");
        Document raw = mongo.findById(id, Document.class, "publications");
        raw.put("status", "PUBLISHED");
        raw.put("indexNumber", "city-health-2026-99999");
        raw.put("publishedAt", java.util.Date.from(java.time.Instant.now()));
        mongo.save(raw, "publications");
        assertThat(http().get("/api/catalog/publications?q=另一实例发布", null).json().get("total").asLong()).isZero();

        // the follower reads from the latest offset: wait until it holds its partitions
        var follower = listeners.getListenerContainer(gov.disclosure.catalog.search.IndexFollower.LISTENER_ID);
        await().atMost(Duration.ofSeconds(30)).until(() -> follower.getAssignedPartitions() != null
                && !follower.getAssignedPartitions().isEmpty());
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(java.util.Map.of(
                "bootstrap.servers", broker.getBrokersAsString(),
                "key.serializer", org.apache.kafka.common.serialization.StringSerializer.class,
                "value.serializer", org.apache.kafka.common.serialization.StringSerializer.class))) {
            var record = new org.apache.kafka.clients.producer.ProducerRecord<String, String>(
                    Topics.CATALOG_PUBLICATION, id, "{}");
            record.headers().add(CloudEventHeaders.SUBJECT, id.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                http().get("/api/catalog/publications?q=另一实例发布", null).json().get("items")
                        .findValuesAsString("id")).contains(id));
    }

    @Test
    void operationsRebuildTheIndexFromMongoDbOnDemand() {
        String id = publish("索引重建测试公告");
        String ops = ISSUER.ops("ops");
        assertThat(http().post("/api/catalog/admin/search-index/rebuild", EDITOR, null).status).isEqualTo(403);
        assertThat(http().post("/api/catalog/admin/search-index/rebuild", null, null).status).isEqualTo(401);
        Http.Response rebuilt = http().post("/api/catalog/admin/search-index/rebuild", ops, null);
        assertThat(rebuilt.status).isEqualTo(200);
        assertThat(rebuilt.json().get("indexed").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(http().get("/api/catalog/publications?q=索引重建测试", null).json().get("items")
                .findValuesAsString("id")).contains(id);
    }

    @Test
    void draftsNeverAppearInThePublicSearch() {
        draft(EDITOR, "尚未审核的秘密草稿");
        assertThat(http().get("/api/catalog/publications?q=秘密草稿", null).json().get("total").asLong()).isZero();
        assertThat(http().get("/api/catalog/publications?status=DRAFT&q=秘密草稿", EDITOR).json().get("total")
                .asLong()).isEqualTo(1);
        assertThat(http().get("/api/catalog/publications?status=DRAFT&q=秘密草稿", EDITOR_EDU).json().get("total")
                .asLong()).isZero();
    }

    @Test
    void thePrivacyGateBlocksApprovalUntilEachFindingIsRedactedOrDismissed() {
        Http.Response created = http().post("/api/catalog/publications", EDITOR, """
                {"agencyCode":"city-health","title":"行政处罚决定书","category":"PENALTY",
                 "body":"当事人张某，身份证号11010519491231002X，联系电话13800138000。秘密★1年"}""");
        String id = created.json().get("id").asString();
        JsonNode submitted = http().post("/api/catalog/publications/" + id + "/submit", EDITOR, null).json();
        assertThat(submitted.get("findings").findValuesAsString("kind"))
                .containsExactly("RESIDENT_ID", "MOBILE_NUMBER", "CLASSIFICATION_MARK");
        assertThat(submitted.toString()).doesNotContain("11010519491231002X\"");

        Http.Response blocked = http().post("/api/catalog/publications/" + id + "/review", REVIEWER,
                "{\"decision\":\"APPROVE\"}");
        assertThat(blocked.status).isEqualTo(409);
        assertThat(blocked.json().get("detail").asString()).contains("3 privacy");

        assertThat(http().post("/api/catalog/publications/" + id + "/findings/f3", EDITOR,
                "{\"action\":\"DISMISS\",\"reason\":\"不是密级标识\"}").status).isEqualTo(403);
        http().post("/api/catalog/publications/" + id + "/findings/f1", EDITOR,
                "{\"action\":\"REDACT\",\"reason\":\"个人身份信息\"}");
        http().post("/api/catalog/publications/" + id + "/findings/f2", REVIEWER,
                "{\"action\":\"REDACT\",\"reason\":\"个人联系方式\"}");
        http().post("/api/catalog/publications/" + id + "/findings/f3", REVIEWER,
                "{\"action\":\"REDACT\",\"reason\":\"密级标识不应公开\"}");
        assertThat(http().post("/api/catalog/publications/" + id + "/review", REVIEWER,
                "{\"decision\":\"APPROVE\"}").status).isEqualTo(200);
        http().post("/api/catalog/publications/" + id + "/publish", EDITOR, null);

        JsonNode visible = http().get("/api/catalog/publications/" + id, null).json();
        assertThat(visible.get("body").asString()).doesNotContain("11010519491231002X").doesNotContain("13800138000")
                .contains("■■■■■■■■■■■■■■■■■■");
        assertThat(visible.get("redactions").findValuesAsString("reason")).contains("个人身份信息");
        assertThat(visible.get("findings").isNull()).isTrue();
    }

    @Test
    void agenciesAndTheirGuides() {
        JsonNode agencies = http().get("/api/catalog/agencies", null).json();
        assertThat(agencies.findValuesAsString("code")).contains("city-health", "city-education",
                "dongcheng-district", "dongcheng-heping-town");
        JsonNode guide = http().get("/api/catalog/agencies/city-health/guide", null).json();
        assertThat(guide.get("content").get("howToApply").asString()).contains("20个工作日");
        String edit = """
                {"howToApply":"在线或当面申请","officeAddress":"市府路1号","officeHours":"工作日9:00-17:00",
                 "phone":"0571-1234567","email":"gk@health.gov.example","onlineChannel":"/api/requests"}""";
        assertThat(http().put("/api/catalog/agencies/city-health/guide", EDITOR, edit).status).isEqualTo(403);
        Http.Response edited = http().put("/api/catalog/agencies/city-health/guide", ADMIN, edit);
        assertThat(edited.status).isEqualTo(200);
        assertThat(edited.json().get("content").get("officeAddress").asString()).isEqualTo("市府路1号");
        assertThat(edited.json().get("previous")).hasSize(1);
    }

}
