package gov.disclosure.contracts;

import java.time.Instant;

/** Data of every {@code notification.delivery.v1} event: the outcome of delivering one event to one subscription. */
public record DeliveryEvent(
        String deliveryId,
        String subscriptionId,
        String channel,
        String eventId,
        String eventType,
        String agencyCode,
        String status,
        int attempts,
        Integer lastStatusCode,
        Instant at) {
}
