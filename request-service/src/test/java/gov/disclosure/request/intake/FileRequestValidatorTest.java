package gov.disclosure.request.intake;

import gov.disclosure.request.platform.ApiErrors;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileRequestValidatorTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");

    static FileRequest online(FileRequest.Applicant applicant, String type) {
        return new FileRequest("city-health", type, applicant, "2025 hospital inspection reports", null,
                "ELECTRONIC", "ONLINE", "ONLINE", null, null);
    }

    static FileRequest.Applicant person(String id) {
        return new FileRequest.Applicant("张三", "RESIDENT_ID", id, "13812345678", null, null, null, null);
    }

    @Test
    void aValidOnlineApplicationPasses() {
        assertThatCode(() -> FileRequestValidator.validate(online(person("11010519491231002X"), "NATURAL_PERSON"),
                false, TODAY)).doesNotThrowAnyException();
    }

    @Test
    void aBadResidentIdIsAFieldErrorThatDoesNotEchoTheNumber() {
        assertThatThrownBy(() -> FileRequestValidator.validate(online(person("110105194912310021"),
                "NATURAL_PERSON"), false, TODAY))
                .isInstanceOfSatisfying(ApiErrors.Invalid.class, e -> assertThat(e.errors()).singleElement().satisfies(f -> {
                            assertThat(f.field()).isEqualTo("applicant.idNumber");
                            assertThat(f.message()).doesNotContain("110105");
                        }));
    }

    @Test
    void organisationsNeedCreditCodeAndContactPerson() {
        FileRequest.Applicant company = new FileRequest.Applicant("某某律师事务所", null, null, null, "law@example.cn",
                null, "91350100M000100Y44", null);
        assertThatThrownBy(() -> FileRequestValidator.validate(online(company, "ORG_LEGAL_SERVICE"), false, TODAY))
                .isInstanceOfSatisfying(ApiErrors.Invalid.class, e -> assertThat(e.errors()).extracting(ApiErrors.FieldError::field)
                        .containsExactlyInAnyOrder("applicant.creditCode", "applicant.contactPerson"));
    }

    @Test
    void staffRegistrationNeedsAPastOrPresentReceiptDateAndAPaperChannel() {
        FileRequest future = new FileRequest("city-health", "NATURAL_PERSON", person("11010519491231002X"),
                "inspection reports", null, "PAPER", "POST", "LETTER", TODAY.plusDays(1), null);
        assertThatThrownBy(() -> FileRequestValidator.validate(future, true, TODAY))
                .isInstanceOfSatisfying(ApiErrors.Invalid.class, e -> assertThat(e.errors()).extracting(ApiErrors.FieldError::field).containsExactly("receivedOn"));
        FileRequest onlineByStaff = new FileRequest("city-health", "NATURAL_PERSON", person("11010519491231002X"),
                "inspection reports", null, "PAPER", "POST", "ONLINE", TODAY, null);
        assertThatThrownBy(() -> FileRequestValidator.validate(onlineByStaff, true, TODAY))
                .isInstanceOf(ApiErrors.Invalid.class);
    }

    @Test
    void unknownEnumsAreFieldErrors() {
        FileRequest bad = new FileRequest("city-health", "ALIEN", person("11010519491231002X"),
                "inspection reports", null, "SMOKE", "PIGEON", "ONLINE", null, null);
        assertThatThrownBy(() -> FileRequestValidator.validate(bad, false, TODAY))
                .isInstanceOfSatisfying(ApiErrors.Invalid.class, e -> assertThat(e.errors()).extracting(ApiErrors.FieldError::field)
                        .contains("applicantType", "form", "delivery"));
    }
}
