package gov.disclosure.catalog.importer;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EncodingAndMojibakeTest {
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/disclosure-summaries-zh-Hant.txt");
    private final TextDecoder decoder = new TextDecoder();
    private final MojibakeDetector detector = new MojibakeDetector();

    @Test
    void theSeedTextsDamageIsFoundExactlyWhereItIs() throws Exception {
        List<MojibakeDetector.Damage> damage = detector.find(Files.readString(FIXTURE, StandardCharsets.UTF_8));
        assertThat(damage).extracting(MojibakeDetector.Damage::damaged).containsExactly("?,F", "??冃?", "?,F", "?,F");
        assertThat(damage.get(1).context()).contains("確??冃?");
    }

    @Test
    void cleanChineseTextAndOrdinaryQuestionMarksAreNotFlagged() {
        assertThat(detector.find("是否公开?\n本机关认为应当公开。请问如何申请？")).isEmpty();
        assertThat(detector.find("URL: http://gov.example/?q=1 信息公开")).isEmpty();
        assertThat(detector.find("损坏的字符\uFFFD\uFFFD在这里")).hasSize(1);
    }

    @Test
    void detectsBig5Gb18030AndUtf8() throws Exception {
        String traditional = "政府信息公開工作年度報告：本機關全年主動公開政府信息二百五十八條，其中工作動態一百五十二條。";
        String simplified = "政府信息公开工作年度报告：本机关全年主动公开政府信息二百五十八条，其中工作动态一百五十二条。";
        assertDecodes(traditional, Charset.forName("Big5"), "Big5");
        assertDecodes(simplified, Charset.forName("GB18030"), "GB18030");
        assertDecodes(simplified, Charset.forName("GBK"), "GB18030");
        assertDecodes(traditional, StandardCharsets.UTF_8, "UTF-8");
        byte[] bom = ("\uFEFF" + simplified).getBytes(StandardCharsets.UTF_8);
        assertThat(decoder.decode(bom).orElseThrow().text()).isEqualTo(simplified);
    }

    @Test
    void theFixtureSurvivesABig5RoundTrip() throws Exception {
        String text = Files.readString(FIXTURE, StandardCharsets.UTF_8);
        String encodable = text.codePoints().filter(cp -> Charset.forName("Big5").newEncoder().canEncode(Character.toString(cp)))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        TextDecoder.Decoded decoded = decoder.decode(encodable.getBytes("Big5")).orElseThrow();
        assertThat(decoded.charset()).isEqualTo("Big5");
        assertThat(decoded.text()).isEqualTo(encodable);
    }

    private void assertDecodes(String text, Charset encoding, String expectedCharset) {
        TextDecoder.Decoded decoded = decoder.decode(text.getBytes(encoding)).orElseThrow();
        assertThat(decoded.charset()).isEqualTo(expectedCharset);
        assertThat(decoded.text()).isEqualTo(text);
    }
}
