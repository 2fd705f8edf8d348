package gov.disclosure.notification.subscription;

import gov.disclosure.notification.platform.BadRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookTargetValidatorTest {
    private final WebhookTargetValidator strict = new WebhookTargetValidator(false, false);
    private final WebhookTargetValidator strictButHttp = new WebhookTargetValidator(true, false);
    private final WebhookTargetValidator local = new WebhookTargetValidator(true, true);

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://127.9.9.9/hook", "https://localhost/hook",
            "https://10.0.0.7/hook", "https://172.16.0.1/hook", "https://172.31.255.254/hook",
            "https://192.168.1.20/hook", "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/hook",
            "https://[::1]/hook", "https://[fc00::1]/hook", "https://[fd12:3456::1]/hook", "https://[fe80::1]/hook",
            "https://0.0.0.0/hook", "https://[::]/hook", "https://224.0.0.1/hook", "https://[ff02::1]/hook",
            "https://[::ffff:10.1.2.3]/hook", "https://255.255.255.255/hook"})
    void privateLoopbackLinkLocalMulticastAndUnspecifiedTargetsAreRefusedByDefault(String target) {
        assertThatThrownBy(() -> strictButHttp.validate(target)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("not allowed");
    }

    @Test
    void plainHttpIsRefusedUnlessAllowed() {
        assertThatThrownBy(() -> strict.validate("http://93.184.215.14/hook"))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("https");
        assertThat(strictButHttp.validate("http://93.184.215.14/hook").getHost()).isEqualTo("93.184.215.14");
    }

    @Test
    void httpLoopbackIsRefusedWhenPrivateTargetsAreNotAllowed() {
        assertThatThrownBy(() -> strictButHttp.validate("http://127.0.0.1:8099/hook"))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("loopback");
    }

    @Test
    void publicHttpsTargetsAreAccepted() {
        assertThat(strict.validate("https://93.184.215.14/hooks/disclosure").getPath())
                .isEqualTo("/hooks/disclosure");
        assertThat(strict.validate("https://[2606:4700:4700::1111]/hook").getHost())
                .isEqualTo("[2606:4700:4700::1111]");
    }

    @Test
    void localProfileAllowsLoopbackButNeverUnspecifiedOrMulticast() {
        assertThat(local.validate("http://127.0.0.1:8099/hook").getPort()).isEqualTo(8099);
        assertThat(local.validate("http://192.168.1.20/hook")).isNotNull();
        assertThatThrownBy(() -> local.validate("http://0.0.0.0:8099/hook")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> local.validate("http://224.0.0.1/hook")).isInstanceOf(BadRequestException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://93.184.215.14/x", "not a url", "https:///nohost", "https://user:pw@93.184.215.14/x",
            "https://host.invalid/hook", "file:///etc/passwd"})
    void malformedOrUnresolvableTargetsAreRefused(String target) {
        assertThatThrownBy(() -> local.validate(target)).isInstanceOf(BadRequestException.class);
    }
}
