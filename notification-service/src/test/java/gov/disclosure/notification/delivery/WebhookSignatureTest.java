package gov.disclosure.notification.delivery;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {
    /** The test vector of the Standard Webhooks reference libraries. */
    @Test
    void matchesTheStandardWebhooksReferenceVector() {
        String signature = WebhookSignature.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                "{\"test\": 2432232314}", List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void duringARotationBothSecretsSignSpaceDelimited() {
        String signature = WebhookSignature.sign("id", 1, "{}",
                List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_dGhlLW90aGVyLXNlY3JldC1pcy1oZXJl"));
        assertThat(signature.split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
    }
}
