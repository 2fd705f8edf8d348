package gov.disclosure.notification.subscription;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** One subscription; webhook secrets are stored AES-GCM encrypted, never in clear. */
@Document("subscriptions")
public class Subscription {
    @Id
    String id;
    String owner;
    List<String> ownerRoles;
    String ownerAgency;
    Channel channel;
    String target;
    Filter filter;
    SubscriptionStatus status;
    String secretCipher;
    String previousSecretCipher;
    Instant previousSecretUntil;
    String confirmationToken;
    String unsubscribeToken;
    String disabledReason;
    Instant createdAt;
    Instant updatedAt;
    @Version
    Long version;

    public String id() { return id; }
    public String owner() { return owner; }
    public List<String> ownerRoles() { return ownerRoles == null ? List.of() : ownerRoles; }
    public String ownerAgency() { return ownerAgency; }
    public Channel channel() { return channel; }
    public String target() { return target; }
    public Filter filter() { return filter == null ? Filter.any() : filter; }
    public SubscriptionStatus status() { return status; }
    public String secretCipher() { return secretCipher; }
    public String previousSecretCipher() { return previousSecretCipher; }
    public Instant previousSecretUntil() { return previousSecretUntil; }
    public String unsubscribeToken() { return unsubscribeToken; }
    public String confirmationToken() { return confirmationToken; }
    public String disabledReason() { return disabledReason; }
    public Instant createdAt() { return createdAt; }
}
