package gov.disclosure.stats.platform;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Who is calling, as far as agency scoping is concerned. */
public record Caller(String username, String agency, boolean supervisor, boolean agencyAdmin, boolean staff) {

    public static Caller of(Authentication auth) {
        String agency = null;
        if (auth instanceof JwtAuthenticationToken jwt) {
            agency = jwt.getToken().getClaimAsString("agency");
        }
        boolean supervisor = has(auth, "ROLE_CITY_SUPERVISOR");
        boolean admin = has(auth, "ROLE_AGENCY_ADMIN");
        boolean staff = agency != null && (admin || has(auth, "ROLE_AGENCY_EDITOR") || has(auth, "ROLE_AGENCY_REVIEWER"));
        return new Caller(auth.getName(), agency, supervisor, admin, staff);
    }

    private static boolean has(Authentication auth, String authority) {
        return auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }

    /**
     * The agency whose figures this caller may read: supervisors any (null = city-wide), staff only their own
     * (statistics are not secret per se, so another agency's figures are refused with 403 rather than hidden).
     */
    public String readableAgency(String requested) {
        if (supervisor) {
            return requested == null || requested.isBlank() ? null : requested;
        }
        if (staff) {
            if (requested == null || requested.isBlank() || requested.equals(agency)) {
                return agency;
            }
            throw new ForbiddenException("staff may only read their own agency's statistics");
        }
        throw new ForbiddenException("statistics are for supervisors and agency staff");
    }
}
