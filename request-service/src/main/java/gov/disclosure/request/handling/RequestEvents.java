package gov.disclosure.request.handling;

import gov.disclosure.contracts.RequestEvent;
import gov.disclosure.request.platform.OutboxEvent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.UUID;

/** Builds the contract's {@link RequestEvent} (no personal data) and parks it in the request's outbox. */
@Component
public class RequestEvents {
    private final JsonMapper json;

    public RequestEvents(JsonMapper json) {
        this.json = json;
    }

    public void append(InfoRequest r, String type, Instant at) {
        RequestEvent data = new RequestEvent(r.id(), r.agencyCode(), r.trackingCode(), r.applicantType(),
                r.applicantAccount(), r.channel(), r.status().name(), r.receivedOn(), r.dueDate(),
                r.dueDateProvisional(), r.response() == null ? null : r.response().outcome(),
                r.response() == null ? null : r.response().respondedOn(), r.nextVersion());
        r.append(new OutboxEvent(UUID.randomUUID().toString(), type, r.id(), r.agencyCode(), at,
                json.writeValueAsString(data)));
    }
}
