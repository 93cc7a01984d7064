package cn.govit.devstack;

import java.util.List;
import java.util.Map;

/**
 * Seeds the demo through the same public API a district or the operator would use: the city and two
 * districts onboarded by {@code platform-admin}, then a few realistic projects per district at different stages of the lifecycle.
 */
public final class DemoData {

    /** A demo tenant, its Keycloak organization already in the imported realm. */
    record DemoTenant(String code, String nameZh, String nameEn, String level, String officer) {
    }

    static final List<DemoTenant> TENANTS = List.of(
            new DemoTenant("city", "南昌市大数据发展管理局", "Nanchang Big Data Development Administration", "CITY", "nc-officer"),
            new DemoTenant("donghu", "东湖区", "Donghu District", "DISTRICT", "dh-officer"),
            new DemoTenant("xihu", "西湖区", "Xihu District", "DISTRICT", "xh-officer"));

    private DemoData() {
    }

    public static void seed(Platform platform, KeycloakServer keycloak) {
        ApiClient admin = new ApiClient(platform.gatewayUrl(), Tokens.password(keycloak, "platform-admin"));
        for (DemoTenant t : TENANTS) {
            Map<String, Object> body = Map.of("code", t.code(), "nameZh", t.nameZh(), "nameEn", t.nameEn(),
                    "level", t.level(), "adminUsername", t.code() + "-admin", "adminPassword", Tokens.DEMO_PASSWORD,
                    "adminPasswordTemporary", false);
            ApiClient.Response onboarded = admin.post("/api/v1/tenants", body);
            if (onboarded.status() != 200 && onboarded.status() != 201) {
                throw new IllegalStateException("Onboarding " + t.code() + " failed: " + onboarded.status() + " " + onboarded.body());
            }
            ApiClient officer = new ApiClient(platform.gatewayUrl(), Tokens.password(keycloak, t.officer()));
            if (officer.get("/api/v1/projects").expect(200).isEmpty()) {
                for (DemoProjects.DemoProject project : DemoProjects.of(t.code())) {
                    DemoProjects.create(user -> new ApiClient(platform.gatewayUrl(), Tokens.password(keycloak, user)), project);
                }
            }
        }
    }
}
