package gov.disclosure.notification.subscription;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Request and response bodies of the subscription API. */
public final class SubscriptionDtos {
    private SubscriptionDtos() {
    }

    public record CreateSubscription(@NotNull Channel channel, @NotBlank @Size(max = 2000) String target,
                                     @Valid Filter filter) {
    }

    /** The one response that carries the webhook secret in clear. */
    public record Created(String id, Channel channel, String target, Filter filter, SubscriptionStatus status,
                          String secret, Instant createdAt) {
    }

    public record View(String id, Channel channel, String target, Filter filter, SubscriptionStatus status,
                       String disabledReason, Instant createdAt) {
        static View of(Subscription s) {
            return new View(s.id(), s.channel(), s.target(), s.filter(), s.status(), s.disabledReason(),
                    s.createdAt());
        }
    }

    public record RotatedSecret(String id, String secret, Instant previousSecretValidUntil) {
    }
}
