package gov.disclosure.notification.platform;

import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;

/** The authenticated user as the platform's JWT describes it. */
public record Caller(String username, List<String> roles, String agency) {
    public static Caller of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return new Caller(jwt.getSubject(), roles == null ? List.of() : List.copyOf(roles),
                jwt.getClaimAsString("agency"));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return agency != null && (has("AGENCY_EDITOR") || has("AGENCY_REVIEWER") || has("AGENCY_ADMIN"));
    }
}
