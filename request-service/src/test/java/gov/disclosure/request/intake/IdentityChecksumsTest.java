package gov.disclosure.request.intake;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityChecksumsTest {

    @ParameterizedTest(name = "resident ID {0} valid={1}")
    @CsvSource({
            "11010519491231002X, true",   // the GB 11643 example; check character X
            "11010519491231002x, true",   // lower-case x accepted
            "440308199901011234, true",
            "110105194912310021, false",  // wrong check digit
            "110105194913310025, false",  // month 13
            "11010519491231002, false",   // 17 characters
            "1101051949123100AX, false"
    })
    void residentIdNumbersNeedTheGb11643CheckCharacter(String id, boolean valid) {
        assertThat(ResidentIdNumber.isValid(id)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "credit code {0} valid={1}")
    @CsvSource({
            "91350100M000100Y43, true",   // the GB 32100 example
            "91110000802100433B, true",
            "91350100M000100Y44, false",  // wrong check character
            "91350100M000100I43, false",  // I is not in the alphabet
            "91350100M000100Y4, false"
    })
    void organisationsNeedAValidUnifiedSocialCreditCode(String code, boolean valid) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isEqualTo(valid);
    }
}
