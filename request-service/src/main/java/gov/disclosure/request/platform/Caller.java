package gov.disclosure.request.platform;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;

/** The authenticated caller as the platform's tokens describe it: subject, roles and (staff only) agency. */
public record Caller(String sub, List<String> roles, String agency) {
    public static final String CITIZEN = "CITIZEN";
    public static final String EDITOR = "AGENCY_EDITOR";
    public static final String REVIEWER = "AGENCY_REVIEWER";
    public static final String ADMIN = "AGENCY_ADMIN";
    public static final String SUPERVISOR = "CITY_SUPERVISOR";

    public static Caller of(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken token) {
            Jwt jwt = token.getToken();
            List<String> roles = jwt.getClaimAsStringList("roles");
            return new Caller(jwt.getSubject(), roles == null ? List.of() : List.copyOf(roles),
                    jwt.getClaimAsString("agency"));
        }
        throw new IllegalStateException("not a JWT caller");
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isCitizen() {
        return has(CITIZEN);
    }

    public boolean isSupervisor() {
        return has(SUPERVISOR);
    }

    /** Any staff role of an agency (reading is open to reviewers too). */
    public boolean isStaffOf(String agencyCode) {
        return agency != null && agency.equals(agencyCode) && (has(EDITOR) || has(REVIEWER) || has(ADMIN));
    }

    /** Handles requests: editor or admin (admin may do everything an editor may, conventions.md). */
    public boolean isHandlerOf(String agencyCode) {
        return agency != null && agency.equals(agencyCode) && (has(EDITOR) || has(ADMIN));
    }

    public boolean isHandler() {
        return agency != null && (has(EDITOR) || has(ADMIN));
    }
}
