package cn.govit.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Scripts with a bearer token: routing, the token passed on unchanged, and tenant (租户) headers they cannot forge. */
class ApiRoutingTest extends GatewayIntegrationTest {

    @Test
    void bearerRequestReachesTheAppWithItsTokenAndTheTenantFromIt() {
        String token = token("dh-officer");
        Echo echo = echo(new ApiClient(gatewayUrl(), token)
                .withHeader("X-Tenant-Id", "xihu")
                .withHeader("X-Tenant", "xihu")
                .withHeader("x-tenant-code", "xihu")
                .withHeader("X-GovIT-Tenant", "xihu")
                .get("/api/v1/projects"));

        assertThat(echo.server()).isEqualTo("app");
        assertThat(echo.path()).isEqualTo("/api/v1/projects");
        assertThat(echo.header("Authorization")).containsExactly("Bearer " + token);
        assertThat(echo.headers().keySet()).noneMatch(name -> name.startsWith("x-tenant"));
        assertThat(echo.header("X-GovIT-Tenant")).containsExactly("donghu");
    }

    @Test
    void tenantManagementIsRoutedToProvisioning() {
        ApiClient admin = as("platform-admin").withHeader("X-GovIT-Tenant", "city");

        Echo list = echo(admin.get("/api/v1/tenants"));
        assertThat(list.server()).isEqualTo("provisioning");
        assertThat(list.path()).isEqualTo("/api/v1/tenants");
        // The operator belongs to no organization: no tenant header at all, not the forged one.
        assertThat(list.header("X-GovIT-Tenant")).isEmpty();

        assertThat(echo(admin.get("/api/v1/tenants/donghu")).server()).isEqualTo("provisioning");
        assertThat(echo(admin.get("/api/v1/tenantsx")).server()).isEqualTo("app");
        assertThat(echo(admin.get("/")).server()).isEqualTo("app");
    }

    @Test
    void apiWithoutTokenIsUnauthorizedRatherThanRedirected() {
        ApiClient.Response projects = new ApiClient(gatewayUrl(), null).get("/api/v1/projects");
        assertThat(projects.status()).isEqualTo(401);
        assertThat(projects.headers().get("www-authenticate")).anyMatch(h -> h.startsWith("Bearer"));

        assertThat(new ApiClient(gatewayUrl(), null).get("/api/v1/tenants").status()).isEqualTo(401);
    }

    @Test
    void forgedTokensAreUnauthorized() {
        String[] parts = token("dh-officer").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"donghu\"");
        String otherDistrict = encode(payload.replace("\"donghu\"", "\"xihu\""));
        String tampered = parts[0] + "." + otherDistrict + "." + parts[2];
        String unsigned = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + otherDistrict + ".";

        for (String forged : new String[] {tampered, unsigned, "not-a-token"}) {
            assertThat(new ApiClient(gatewayUrl(), forged).get("/api/v1/projects").status())
                    .as("forged token %s", forged).isEqualTo(401);
        }
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
