package gov.disclosure.contracts;

import java.time.LocalDate;

/**
 * Data of every {@code request.lifecycle.v1} event: the request's non-personal state after the change. Personal data
 * (name, ID number, contact) never leaves request-service; {@code applicantAccount} is the citizen's login subject so
 * notification-service can reach subscribers of their own requests.
 */
public record RequestEvent(
        String requestId,
        String agencyCode,
        String trackingCode,
        String applicantType,
        String applicantAccount,
        String channel,
        String status,
        LocalDate receivedOn,
        LocalDate dueDate,
        boolean dueDateProvisional,
        String outcome,
        LocalDate respondedOn,
        long version) {
}
