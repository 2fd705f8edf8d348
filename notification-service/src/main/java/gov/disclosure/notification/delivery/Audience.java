package gov.disclosure.notification.delivery;

import gov.disclosure.contracts.EventTypes;
import gov.disclosure.notification.subscription.Subscription;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who may hear of an event at all, whatever the filter says. Publications are public. A request's events reach its
 * applicant, staff of the handling agency, and the city supervisor or OPS — never other citizens.
 */
@Component
public class Audience {
    private static final List<String> STAFF = List.of("AGENCY_EDITOR", "AGENCY_REVIEWER", "AGENCY_ADMIN");

    public boolean mayReceive(Subscription s, IncomingEvent event) {
        if (!EventTypes.REQUEST_TYPES.contains(event.meta().type())) {
            return true;
        }
        List<String> roles = s.ownerRoles();
        if (roles.contains("CITY_SUPERVISOR") || roles.contains("OPS")) {
            return true;
        }
        if (s.owner().equals(event.text("applicantAccount"))) {
            return true;
        }
        return event.meta().agency().equals(s.ownerAgency()) && roles.stream().anyMatch(STAFF::contains);
    }
}
