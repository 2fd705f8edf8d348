package gov.disclosure.catalog.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PrivacyScannerTest {
    private final PrivacyScanner scanner = new PrivacyScanner();

    private List<FindingKind> kinds(String text) {
        return scanner.scan(text).stream().map(Match::kind).toList();
    }

    @Test
    void findsAValidResidentIdWithItsPosition() {
        String text = "申请人身份证号11010519491231002X，住址略。";
        List<Match> found = scanner.scan(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo(FindingKind.RESIDENT_ID);
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "编号110105194912310021号",        // wrong check digit
            "编号110105194913310028",          // month 13: no such birth date
            "流水号9911010519491231002X88",    // inside a longer digit run
            "统计数字 12345678901234567 条",  // 17 digits
            "电话 0571-87001234",               // landline, not mobile
            "编号 12800138000123"               // 14-digit run containing a mobile-like part
    })
    void negativesAreNotFindings(String text) {
        assertThat(kinds(text)).isEmpty();
    }

    @Test
    void fullWidthDigitsAreFoundAtTheirOriginalPositions() {
        String text = "身份证：１１０１０５１９４９１２３１００２Ｘ";
        List<Match> found = scanner.scan(text);
        assertThat(found).extracting(Match::kind).containsExactly(FindingKind.RESIDENT_ID);
        assertThat(found.get(0).start()).isEqualTo(4);
        assertThat(found.get(0).text()).isEqualTo("１１０１０５１９４９１２３１００２Ｘ");
    }

    @Test
    void mobileNumbersBankCardsAndEmails() {
        assertThat(kinds("联系电话13800138000")).containsExactly(FindingKind.MOBILE_NUMBER);
        assertThat(kinds("手机 +86 13912345678")).containsExactly(FindingKind.MOBILE_NUMBER);
        assertThat(kinds("账号6222021234567890123")).isEmpty(); // 19 digits, Luhn fails
        assertThat(kinds("账号6222021234567890128")).containsExactly(FindingKind.BANK_CARD);
        assertThat(kinds("卡号4111111111111111")).containsExactly(FindingKind.BANK_CARD);
        assertThat(kinds("卡号 4111 1111 1111 1111 已冻结")).containsExactly(FindingKind.BANK_CARD);
        assertThat(kinds("邮箱 zhang.san@example.com。")).containsExactly(FindingKind.EMAIL);
    }

    @Test
    void classificationMarksButNotTheConcepts() {
        assertThat(kinds("秘密★1年\n关于某事项的通知")).containsExactly(FindingKind.CLASSIFICATION_MARK);
        assertThat(kinds("机密\n正文")).containsExactly(FindingKind.CLASSIFICATION_MARK);
        assertThat(kinds("【内部】会议纪要")).containsExactly(FindingKind.CLASSIFICATION_MARK);
        assertThat(kinds("此为内部资料，不得外传")).containsExactly(FindingKind.CLASSIFICATION_MARK,
                FindingKind.CLASSIFICATION_MARK);
        assertThat(kinds("严禁将涉及国家秘密、商业秘密和个人隐私的信息公开")).isEmpty();
        assertThat(kinds("加强内部管理")).isEmpty();
    }

    @Test
    void theRealDisclosureSummariesContainNothing() throws Exception {
        // a copy of ../shared/fixtures/disclosure-summaries-zh-Hant.txt, so the test runs from any clone
        Path fixture = Path.of("src/test/resources/fixtures/disclosure-summaries-zh-Hant.txt");
        assertThat(scanner.scan(Files.readString(fixture, StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void checksumRulesOfGb11643() {
        assertThat(PrivacyScanner.isResidentId("11010519491231002X")).isTrue();
        assertThat(PrivacyScanner.isResidentId("11010519491231002x")).isTrue();
        assertThat(PrivacyScanner.isResidentId("110105194912310029")).isFalse();
        assertThat(PrivacyScanner.luhn("4111111111111111")).isTrue();
        assertThat(PrivacyScanner.luhn("4111111111111112")).isFalse();
    }
}
