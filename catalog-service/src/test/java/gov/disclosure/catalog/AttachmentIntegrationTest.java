package gov.disclosure.catalog;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Attachments end to end: type detection, text extraction into the privacy gate and search, limits, downloads. */
class AttachmentIntegrationTest extends CatalogTestBase {
    @Autowired
    MongoTemplate mongoTemplate;

    @Test
    void docxTextIsScannedSearchedAndTheFileDownloadsUnchanged() throws Exception {
        String id = draft(EDITOR, "附件测试：医疗机构年度校验结果");
        byte[] docx = docx("二〇二六年医疗机构校验结果汇总。联系人邮箱 zhang.wei@example.com");
        Http.Response uploaded = http().upload("/api/catalog/publications/" + id + "/attachments", EDITOR,
                "校验结果.docx", docx);
        assertThat(uploaded.status).as(uploaded.toString()).isEqualTo(201);
        String attachmentId = uploaded.json().get("id").asString();
        assertThat(uploaded.json().get("type").asString()).isEqualTo("DOCX");

        JsonNode submitted = http().post("/api/catalog/publications/" + id + "/submit", EDITOR, null).json();
        JsonNode finding = submitted.get("findings").get(0);
        assertThat(finding.get("field").asString()).isEqualTo("attachment:" + attachmentId);
        assertThat(finding.get("kind").asString()).isEqualTo("EMAIL");
        String findingId = finding.get("id").asString();
        assertThat(http().post("/api/catalog/publications/" + id + "/findings/" + findingId, REVIEWER,
                "{\"action\":\"REDACT\",\"reason\":\"个人邮箱\"}").status).isEqualTo(409);
        assertThat(http().post("/api/catalog/publications/" + id + "/findings/" + findingId, REVIEWER,
                "{\"action\":\"DISMISS\",\"reason\":\"单位公开的工作邮箱\"}").status).isEqualTo(200);
        assertThat(http().post("/api/catalog/publications/" + id + "/review", REVIEWER,
                "{\"decision\":\"APPROVE\"}").status).isEqualTo(200);
        assertThat(http().post("/api/catalog/publications/" + id + "/publish", EDITOR, null).status).isEqualTo(200);

        byte[] downloaded = http().download("/api/catalog/publications/" + id + "/attachments/" + attachmentId, null);
        assertThat(downloaded).isEqualTo(docx);
        assertThat(http().get("/api/catalog/publications?q=校验结果汇总", null).json().get("items")
                .findValuesAsString("id")).contains(id);
    }

    @Test
    void pdfTextReachesThePrivacyGate() throws Exception {
        String id = draft(EDITOR, "附件测试：PDF");
        Http.Response uploaded = http().upload("/api/catalog/publications/" + id + "/attachments", EDITOR,
                "notice.pdf", pdf("Contact: 13800138000"));
        assertThat(uploaded.status).as(uploaded.toString()).isEqualTo(201);
        JsonNode submitted = http().post("/api/catalog/publications/" + id + "/submit", EDITOR, null).json();
        assertThat(submitted.get("findings").findValuesAsString("kind")).containsExactly("MOBILE_NUMBER");
    }

    @Test
    void wrongTypesOversizedFilesAndForeignDraftsAreRefusedLeavingNoOrphans() {
        String id = draft(EDITOR, "附件测试：拒绝");
        long filesBefore = mongoTemplate.getCollection("fs.files").countDocuments();
        Http.Response exe = http().upload("/api/catalog/publications/" + id + "/attachments", EDITOR, "tool.pdf",
                "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(exe.status).isEqualTo(415);
        assertThat(exe.header("Content-Type")).startsWith("application/problem+json");
        Http.Response damaged = http().upload("/api/catalog/publications/" + id + "/attachments", EDITOR, "x.pdf",
                "%PDF-1.7 truncated".getBytes(StandardCharsets.US_ASCII));
        assertThat(damaged.status).isEqualTo(400);
        byte[] big = new byte[21 * 1024 * 1024];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        assertThat(http().upload("/api/catalog/publications/" + id + "/attachments", EDITOR, "big.pdf", big).status)
                .isEqualTo(413);
        assertThat(http().upload("/api/catalog/publications/" + id + "/attachments", EDITOR_EDU, "a.pdf",
                big).status).isIn(404, 413);
        assertThat(mongoTemplate.getCollection("fs.files").countDocuments()).isEqualTo(filesBefore);
        assertThat(mongoTemplate.findById(id, Document.class, "publications").getList("attachments", Object.class))
                .isEmpty();
    }

    static byte[] docx(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body>"
                    + "</w:document>").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    static byte[] pdf(String text) throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
