package gov.disclosure.stats.readmodel;

import org.bson.Document;

/** The latest outcome of one notification delivery (notification.delivery.v1). */
public record DeliveryView(String id, String agencyCode, String channel, String status, int attempts) {
    static DeliveryView from(Document d) {
        return new DeliveryView(d.getString("_id"), d.getString("agencyCode"), d.getString("channel"),
                d.getString("status"), ((Number) d.get("attempts")).intValue());
    }
}
