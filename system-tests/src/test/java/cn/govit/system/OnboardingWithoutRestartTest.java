package cn.govit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import cn.govit.devstack.ApiClient;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A fourth tenant onboarded through provisioning works in the running app at once. */
class OnboardingWithoutRestartTest {

    @Test
    void newTenantIsUsableImmediatelyInheritsTheCityRulesAndKeepsItsOwnOverridesToItself() {
        String code = "gxq-" + UUID.randomUUID().toString().substring(0, 6);
        SystemUnderTest.gatewayAs("platform-admin").post("/api/v1/tenants", Map.of(
                "code", code, "nameZh", "南昌高新技术产业开发区（" + code + "）", "nameEn", "Nanchang Hi-tech Zone",
                "level", "DEVELOPMENT_ZONE", "adminPassword", "Start-" + code + "-2026", "adminPasswordTemporary", false))
                .expect(201);

        ApiClient newTenant = new ApiClient(SystemUnderTest.platform().gatewayUrl(),
                Tokens.password(TestServices.keycloak().issuerUri(), code + "-admin", "Start-" + code + "-2026"));
        assertThat(newTenant.get("/api/v1/projects").expect(200)).isEmpty();
        JsonNode rules = newTenant.get("/api/v1/rules").expect(200);
        assertThat(rules.get("tenant").asString()).isEqualTo(code);
        // Onboarding records the inherited rule set as the tenant's first version, without overrides.
        assertThat(rules.get("version").asString()).isEqualTo("city@0/" + code + "@1");

        // Art. 41: the zone's administrator sets its own threshold at once; 东湖区 keeps the city's.
        newTenant.post("/api/v1/rules/versions", Map.of("effectiveFrom", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                "overrides", Map.of("R7_SELF_SUPERVISION_THRESHOLD", "500000"), "note", "高新区本地管理办法")).expect(201);
        assertThat(threshold(newTenant)).isEqualTo("500000.00");
        assertThat(threshold(SystemUnderTest.gatewayAs("dh-officer"))).isEqualTo("300000.00");

        // The administrator administers; projects are written by the owner units' officers.
        assertThat(newTenant.post("/api/v1/projects", Map.of("title", "高新区企业服务平台", "kind", "CONSTRUCTION",
                "ownerUnit", "高新区管委会", "totalInvestment", "880000.00")).status()).isEqualTo(403);
    }

    private static String threshold(ApiClient client) {
        return client.get("/api/v1/rules").expect(200).get("parameters").valueStream()
                .filter(p -> p.get("parameter").asString().equals("R7_SELF_SUPERVISION_THRESHOLD"))
                .findFirst().orElseThrow().get("value").asString();
    }

    @Test
    void onlyPlatformAdminCanOnboardThroughTheGateway() {
        ApiClient.Response refused = SystemUnderTest.gatewayAs("dh-officer").post("/api/v1/tenants", Map.of(
                "code", "sneaky-zone", "nameZh", "冒名开发区", "level", "DEVELOPMENT_ZONE", "adminPassword", "secret"));
        assertThat(refused.status()).isEqualTo(403);
    }
}
