package cn.govit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import cn.govit.devstack.ApiClient;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import org.junit.jupiter.api.Test;

/** A fourth tenant onboarded through provisioning works in the running app at once. */
class OnboardingWithoutRestartTest {

    @Test
    void newTenantIsUsableImmediatelyAndSeesOnlyItsOwnProjects() {
        String code = "gxq-" + UUID.randomUUID().toString().substring(0, 6);
        SystemUnderTest.gatewayAs("platform-admin").post("/api/v1/tenants", Map.of(
                "code", code, "nameZh", "南昌高新技术产业开发区（" + code + "）", "nameEn", "Nanchang Hi-tech Zone",
                "level", "DEVELOPMENT_ZONE", "adminPassword", "start-" + code, "adminPasswordTemporary", false))
                .expect(201);

        ApiClient newTenant = new ApiClient(SystemUnderTest.platform().gatewayUrl(),
                Tokens.password(TestServices.keycloak().issuerUri(), code + "-admin", "start-" + code));
        assertThat(newTenant.get("/api/v1/projects").expect(200)).isEmpty();
        String id = newTenant.post("/api/v1/projects", Map.of("title", "高新区企业服务平台", "kind", "CONSTRUCTION",
                "ownerUnit", "高新区管委会", "totalInvestment", "880000.00")).expect(201).get("id").asString();

        assertThat(GatewayApiTest.ids(newTenant.get("/api/v1/projects").expect(200))).containsExactly(id);
        assertThat(SystemUnderTest.gatewayAs("dh-officer").get("/api/v1/projects/" + id).status()).isEqualTo(404);
    }

    @Test
    void onlyPlatformAdminCanOnboardThroughTheGateway() {
        ApiClient.Response refused = SystemUnderTest.gatewayAs("dh-officer").post("/api/v1/tenants", Map.of(
                "code", "sneaky-zone", "nameZh", "冒名开发区", "level", "DEVELOPMENT_ZONE", "adminPassword", "secret"));
        assertThat(refused.status()).isEqualTo(403);
    }
}
