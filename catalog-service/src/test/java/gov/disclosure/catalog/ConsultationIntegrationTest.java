package gov.disclosure.catalog;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Drafts for public comment: period, citizens' comments, feedback after closing. */
class ConsultationIntegrationTest extends CatalogTestBase {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private String consultation(String title, LocalDate opens, LocalDate closes) {
        Http.Response created = http().post("/api/catalog/publications", EDITOR, """
                {"agencyCode":"city-health","title":"%s","body":"现将草案全文公布，征求社会各界意见。",
                 "category":"CONSULTATION"}""".formatted(title));
        String id = created.json().get("id").asString();
        http().post("/api/catalog/publications/" + id + "/submit", EDITOR, null);
        http().post("/api/catalog/publications/" + id + "/review", REVIEWER, "{\"decision\":\"APPROVE\"}");
        assertThat(http().post("/api/catalog/publications/" + id + "/publish", EDITOR, null).status)
                .as("no period yet").isEqualTo(409);
        Http.Response window = http().put("/api/catalog/consultations/" + id + "/window", EDITOR,
                "{\"opensOn\":\"%s\",\"closesOn\":\"%s\"}".formatted(opens, closes));
        assertThat(window.status).as(window.toString()).isEqualTo(200);
        assertThat(http().post("/api/catalog/publications/" + id + "/publish", EDITOR, null).status).isEqualTo(200);
        return id;
    }

    @Test
    void citizensCommentWhileOpenAndOnlyTheAgencyReadsTheComments() {
        String id = consultation("《城市控烟条例（草案）》公开征求意见", TODAY.minusDays(1), TODAY.plusDays(30));
        Http.Response comment = http().post("/api/catalog/consultations/" + id + "/comments", CITIZEN,
                "{\"text\":\"建议在公交站台也禁止吸烟。\"}");
        assertThat(comment.status).as(comment.toString()).isEqualTo(201);
        assertThat(http().post("/api/catalog/consultations/" + id + "/comments", null, "{\"text\":\"x\"}").status)
                .isEqualTo(401);
        assertThat(http().post("/api/catalog/consultations/" + id + "/comments", EDITOR, "{\"text\":\"x\"}").status)
                .isEqualTo(403);
        assertThat(http().post("/api/catalog/consultations/" + id + "/comments", CITIZEN, "{\"text\":\"\"}").status)
                .isEqualTo(400);

        JsonNode view = http().get("/api/catalog/consultations/" + id, null).json();
        assertThat(view.get("open").asBoolean()).isTrue();
        assertThat(view.get("commentCount").asLong()).isEqualTo(1);
        assertThat(http().get("/api/catalog/consultations/" + id + "/comments", EDITOR).json().get("items").get(0)
                .get("text").asString()).isEqualTo("建议在公交站台也禁止吸烟。");
        assertThat(http().get("/api/catalog/consultations/" + id + "/comments", CITIZEN).status).isEqualTo(403);
        assertThat(http().get("/api/catalog/consultations/" + id + "/comments", EDITOR_EDU).status).isEqualTo(403);
        assertThat(http().post("/api/catalog/consultations/" + id + "/feedback", EDITOR,
                "{\"summary\":\"采纳意见1条\"}").status).as("still open").isEqualTo(409);
    }

    @Test
    void afterClosingNoCommentsButTheFeedbackIsPublishedOnce() {
        String id = consultation("《公共场所卫生管理办法（草案）》公开征求意见", TODAY.minusDays(20), TODAY.minusDays(1));
        assertThat(http().post("/api/catalog/consultations/" + id + "/comments", CITIZEN,
                "{\"text\":\"太晚了\"}").status).isEqualTo(409);
        Http.Response feedback = http().post("/api/catalog/consultations/" + id + "/feedback", EDITOR,
                "{\"summary\":\"征求意见期间未收到意见，草案按程序报审。\"}");
        assertThat(feedback.status).as(feedback.toString()).isEqualTo(200);
        JsonNode view = http().get("/api/catalog/consultations/" + id, null).json();
        assertThat(view.get("open").asBoolean()).isFalse();
        assertThat(view.get("feedback").get("summary").asString()).contains("未收到意见");
        assertThat(view.get("feedback").get("commentsReceived").asInt()).isZero();
        assertThat(http().post("/api/catalog/consultations/" + id + "/feedback", EDITOR,
                "{\"summary\":\"again\"}").status).isEqualTo(409);
    }
}
