package gov.disclosure.notification.delivery;

import gov.disclosure.notification.subscription.WebhookSecrets;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/** Standard Webhooks signatures: {@code v1,} + base64 HMAC-SHA256 of {@code id.timestamp.body}, space-delimited. */
public final class WebhookSignature {
    private WebhookSignature() {
    }

    public static String sign(String msgId, long timestamp, String body, List<String> secrets) {
        return secrets.stream().map(secret -> "v1," + hmac(WebhookSecrets.hmacKey(secret), msgId + "." + timestamp
                + "." + body)).collect(Collectors.joining(" "));
    }

    static String hmac(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
