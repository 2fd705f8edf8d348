package gov.disclosure.request.privacy;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTest {
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void encryptsWithAFreshIvAndDecryptsBack() {
        FieldCipher cipher = new FieldCipher(KEY);
        String a = cipher.encrypt("11010519491231002X");
        String b = cipher.encrypt("11010519491231002X");
        assertThat(a).startsWith("v1:").doesNotContain("11010519491231002X").isNotEqualTo(b);
        assertThat(cipher.decrypt(a)).isEqualTo("11010519491231002X");
        assertThat(cipher.blindIndex("11010519491231002x")).isEqualTo(cipher.blindIndex("11010519491231002X"));
    }

    @Test
    void tamperedCiphertextIsRejected() {
        FieldCipher cipher = new FieldCipher(KEY);
        String sealed = cipher.encrypt("13812345678");
        char last = sealed.charAt(sealed.length() - 2);
        String tampered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A')
                + sealed.charAt(sealed.length() - 1);
        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesToStartWithoutAKey() {
        assertThatThrownBy(() -> new FieldCipher("")).hasMessageContaining("REQUEST_ENCRYPTION_KEY");
        assertThatThrownBy(() -> new FieldCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }

    @Test
    void masksKeepOnlyRecognisableParts() {
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("1101**********002X");
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.email("zhang.san@example.cn")).isEqualTo("z***@example.cn");
    }
}
