package gov.disclosure.notification.delivery;

import gov.disclosure.contracts.EventMetadata;
import tools.jackson.databind.JsonNode;

/** A consumed CloudEvent: its context attributes and its parsed data. */
public record IncomingEvent(EventMetadata meta, JsonNode data) {
    public String text(String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }
}
