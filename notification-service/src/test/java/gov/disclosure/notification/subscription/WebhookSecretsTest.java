package gov.disclosure.notification.subscription;

import gov.disclosure.notification.platform.NotificationProperties;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSecretsTest {
    private final WebhookSecrets secrets = new WebhookSecrets(new NotificationProperties("http://x",
            new NotificationProperties.Webhooks(false, false, Duration.ofSeconds(5), Duration.ofSeconds(15),
                    Duration.ofHours(24)),
            new NotificationProperties.Delivery(List.of(Duration.ofSeconds(5)), 0, Duration.ofSeconds(1),
                    Duration.ofSeconds(60), 50, 8, 50, 10, Duration.ofSeconds(60)),
            new NotificationProperties.Secrets("ZGV2ZWxvcG1lbnQta2V5LW9ubHktY2hhbmdlLW1lISE="),
            new NotificationProperties.Mail("x@example.org")));

    @Test
    void secretsAreWhsecPrefixedBase64OfRandomBytesAndUnique() {
        String a = secrets.generate();
        assertThat(a).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(a.substring(6))).hasSizeBetween(24, 32);
        assertThat(secrets.generate()).isNotEqualTo(a);
    }

    @Test
    void sealedSecretsDoNotContainTheSecretAndOpenAgain() {
        String secret = secrets.generate();
        String sealed = secrets.seal(secret);
        assertThat(sealed).doesNotContain(secret.substring(6));
        assertThat(secrets.seal(secret)).isNotEqualTo(sealed); // fresh IV each time
        assertThat(secrets.open(sealed)).isEqualTo(secret);
    }
}
