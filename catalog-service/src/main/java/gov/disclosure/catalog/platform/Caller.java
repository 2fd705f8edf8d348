package gov.disclosure.catalog.platform;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;
import java.util.Set;

/** Who is calling, read from the validated token: username, roles and (for staff) the agency code. */
public record Caller(String username, Set<String> roles, String agency) {
    public static final Caller ANONYMOUS = new Caller(null, Set.of(), null);

    public static Caller of(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken jwt) {
            List<String> roles = jwt.getToken().getClaimAsStringList("roles");
            return new Caller(jwt.getToken().getSubject(), roles == null ? Set.of() : Set.copyOf(roles),
                    jwt.getToken().getClaimAsString("agency"));
        }
        return ANONYMOUS;
    }

    public boolean isAnonymous() {
        return username == null;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isSupervisor() {
        return has("CITY_SUPERVISOR");
    }

    /** Staff of this agency in any staff role. */
    public boolean isStaffOf(String agencyCode) {
        return agency != null && agency.equals(agencyCode)
                && (has("AGENCY_EDITOR") || has("AGENCY_REVIEWER") || has("AGENCY_ADMIN"));
    }

    /** Editors draft and publish; the agency admin may do everything an editor may. */
    public boolean canEditFor(String agencyCode) {
        return agency != null && agency.equals(agencyCode) && (has("AGENCY_EDITOR") || has("AGENCY_ADMIN"));
    }

    public boolean canReviewFor(String agencyCode) {
        return agency != null && agency.equals(agencyCode) && (has("AGENCY_REVIEWER") || has("AGENCY_ADMIN"));
    }

    public boolean isAdminOf(String agencyCode) {
        return agency != null && agency.equals(agencyCode) && has("AGENCY_ADMIN");
    }

    /** May see non-public records of this agency (drafts, reviews): its own staff and the city supervisor. */
    public boolean canSeeInternalsOf(String agencyCode) {
        return isStaffOf(agencyCode) || isSupervisor();
    }
}
