package gov.disclosure.catalog;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Bulk import of historical documents in their original encodings, with the real seed text as input. */
class ImportIntegrationTest extends CatalogTestBase {

    @Test
    void importsDetectsEncodingsFlagsMojibakeRejectsBadRowsAndIsIdempotent() throws Exception {
        Charset big5 = Charset.forName("Big5");
        String seed = Files.readString(Path.of("src/test/resources/fixtures/disclosure-summaries-zh-Hant.txt"));
        String seedBig5 = seed.codePoints().filter(cp -> big5.newEncoder().canEncode(Character.toString(cp)))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String gbkText = "为进一步规范医疗机构收费行为，现将有关事项通知如下：一、各医疗机构应当公示收费项目和标准。";
        byte[] zip = zip(Map.of(
                "manifest.csv", ("file,title,category,documentNumber,formedOn,publishedOn,subjectTerms\n"
                        + "summary.txt,\"20**年計劃生育委信息公開工作總結\",REPORT,,2013-12-20,2013-12-30,政務公開;總結\n"
                        + "fees.txt,关于规范医疗机构收费行为的通知,行政事业性收费,市卫健发〔2019〕8号,2019年3月1日,2019-03-05,收费\n"
                        + "fees.txt,分类错误的文件,GOSSIP,,2019-03-01,2019-03-05,\n"
                        + "missing.txt,文件不存在,OTHER,,2019-03-01,2019-03-05,\n").getBytes(StandardCharsets.UTF_8),
                "summary.txt", seedBig5.getBytes(big5),
                "fees.txt", gbkText.getBytes("GBK")));

        Http.Response first = http().upload("/api/catalog/imports", EDITOR, "archive-2019.zip", zip);
        assertThat(first.status).as(first.toString()).isEqualTo(201);
        JsonNode report = first.json();
        assertThat(report.get("accepted")).hasSize(1);
        assertThat(report.get("flagged")).hasSize(1);
        assertThat(report.get("rejected")).hasSize(2);
        assertThat(report.get("rejected").findValuesAsString("reason"))
                .anyMatch(r -> r.contains("unknown category")).anyMatch(r -> r.contains("not in the ZIP"));

        JsonNode accepted = report.get("accepted").get(0);
        assertThat(accepted.get("charset").asString()).isEqualTo("GB18030");
        assertThat(accepted.get("indexNumber").asString()).startsWith("city-health-2019-");
        JsonNode flagged = report.get("flagged").get(0);
        assertThat(flagged.get("charset").asString()).isEqualTo("Big5");
        assertThat(flagged.get("issues").findValuesAsString("kind")).containsOnly("MOJIBAKE").hasSize(4);

        JsonNode published = http().get("/api/catalog/publications/" + accepted.get("publicationId").asString(), null)
                .json();
        assertThat(published.get("body").asString()).isEqualTo(gbkText);
        assertThat(published.get("publishedAt").asString()).startsWith("2019-03-05");
        assertThat(published.get("categoryName").asString()).isEqualTo("行政事业性收费");
        assertThat(published.get("history").toString()).contains("imported");
        // the flagged one is a draft: invisible to the public until an editor fixes it and it passes review
        assertThat(http().get("/api/catalog/publications/" + flagged.get("publicationId").asString(), null).status)
                .isEqualTo(404);
        assertThat(http().get("/api/catalog/publications?q=医疗机构收费", null).json().get("items")
                .findValuesAsString("id")).contains(accepted.get("publicationId").asString());

        JsonNode again = http().upload("/api/catalog/imports", EDITOR, "archive-2019.zip", zip).json();
        assertThat(again.get("accepted")).isEmpty();
        assertThat(again.get("flagged")).isEmpty();
        assertThat(again.get("duplicates")).hasSize(2);
        assertThat(http().get("/api/catalog/imports/" + report.get("id").asString(), EDITOR_EDU).status)
                .isEqualTo(404);
        assertThat(http().get("/api/catalog/imports/" + report.get("id").asString(), EDITOR).status).isEqualTo(200);
    }

    @Test
    void aZipWithoutManifestOrNotAZipIsABadRequest() throws Exception {
        assertThat(http().upload("/api/catalog/imports", EDITOR, "x.zip",
                zip(Map.of("a.txt", "x".getBytes()))).status).isEqualTo(400);
        assertThat(http().upload("/api/catalog/imports", EDITOR, "x.zip", "not a zip".getBytes()).status)
                .isEqualTo(400);
        assertThat(http().upload("/api/catalog/imports", CITIZEN, "x.zip", "not a zip".getBytes()).status)
                .isEqualTo(403);
    }

    static byte[] zip(Map<String, byte[]> files) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
            }
        }
        return out.toByteArray();
    }
}
