package gov.disclosure.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The realm export gives tokens the shape every service validates (docs/conventions.md, "Identity"). */
class KeycloakRealmTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode realm(String file) throws Exception {
        return JSON.readTree(new File(Repo.DEPLOY.resolve("keycloak").resolve(file).toString()));
    }

    private static JsonNode client(JsonNode realm, String id) {
        for (JsonNode c : realm.path("clients")) {
            if (id.equals(c.path("clientId").asText())) {
                return c;
            }
        }
        throw new AssertionError("no client " + id);
    }

    @Test
    void realm_has_the_platform_roles_and_no_users_or_secrets() throws Exception {
        JsonNode realm = realm("realm-disclosure.json");
        List<String> roles = new ArrayList<>();
        realm.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        assertThat(roles).contains("CITIZEN", "AGENCY_EDITOR", "AGENCY_REVIEWER", "AGENCY_ADMIN", "CITY_SUPERVISOR", "OPS");
        assertThat(realm.path("users").size()).isZero();
        assertThat(realm.toString()).doesNotContain("\"secret\"").doesNotContain("\"credentials\"");
    }

    @Test
    void portal_is_a_public_pkce_client_whose_tokens_carry_roles_agency_and_the_platform_audience() throws Exception {
        JsonNode realm = realm("realm-disclosure.json");
        JsonNode portal = client(realm, "disclosure-portal");
        assertThat(portal.path("publicClient").asBoolean()).isTrue();
        assertThat(portal.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(portal.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(portal.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(client(realm, "disclosure-platform").path("bearerOnly").asBoolean()).isTrue();
        List<JsonNode> mappers = new ArrayList<>();
        portal.path("protocolMappers").forEach(mappers::add);
        assertThat(mappers).anySatisfy(m -> {
            assertThat(m.path("protocolMapper").asText()).isEqualTo("oidc-usermodel-realm-role-mapper");
            assertThat(m.path("config").path("claim.name").asText()).isEqualTo("roles");
            assertThat(m.path("config").path("multivalued").asText()).isEqualTo("true");
            assertThat(m.path("config").path("access.token.claim").asText()).isEqualTo("true");
        });
        assertThat(mappers).anySatisfy(m -> {
            assertThat(m.path("protocolMapper").asText()).isEqualTo("oidc-usermodel-attribute-mapper");
            assertThat(m.path("config").path("user.attribute").asText()).isEqualTo("agency");
            assertThat(m.path("config").path("claim.name").asText()).isEqualTo("agency");
        });
        assertThat(mappers).anySatisfy(m -> {
            assertThat(m.path("protocolMapper").asText()).isEqualTo("oidc-audience-mapper");
            assertThat(m.path("config").path("included.client.audience").asText()).isEqualTo("disclosure-platform");
        });
        // only administrators may set a user's agency
        String profile = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").path(0)
                .path("config").path("kc.user.profile.config").path(0).asText();
        JsonNode agency = null;
        for (JsonNode a : JSON.readTree(profile).path("attributes")) {
            if ("agency".equals(a.path("name").asText())) {
                agency = a;
            }
        }
        assertThat(agency).isNotNull();
        assertThat(agency.path("permissions").path("edit").toString()).isEqualTo("[\"admin\"]");
    }

    @Test
    void demo_realm_is_the_realm_plus_flagged_demo_users_with_temporary_passwords() throws Exception {
        ObjectNode realm = (ObjectNode) realm("realm-disclosure.json");
        ObjectNode demo = (ObjectNode) realm("realm-disclosure-demo.json");
        JsonNode users = demo.remove("users");
        assertThat(users.size()).isGreaterThanOrEqualTo(6);
        users.forEach(u -> {
            assertThat(u.path("attributes").path("demo").path(0).asText()).isEqualTo("true");
            assertThat(u.path("credentials").path(0).path("temporary").asBoolean()).isTrue();
            assertThat(u.path("requiredActions").toString()).contains("UPDATE_PASSWORD");
        });
        realm.remove("users");
        // the demo may differ only in its title and in letting local scripts use the password grant
        demo.remove("displayName");
        realm.remove("displayName");
        ((ObjectNode) client(demo, "disclosure-portal")).remove("directAccessGrantsEnabled");
        ((ObjectNode) client(realm, "disclosure-portal")).remove("directAccessGrantsEnabled");
        assertThat(demo).isEqualTo(realm);
    }
}
