package cn.govit.devstack;

import java.util.List;
import java.util.Map;

/**
 * Seeds the demo through the same public API a district or the operator would use: the city and two
 * districts onboarded by {@code platform-admin}, then a few realistic projects per district.
 */
public final class DemoData {

    /** A demo tenant, its Keycloak organization already in the imported realm. */
    record DemoTenant(String code, String nameZh, String nameEn, String level, String officer,
                      List<Map<String, Object>> projects) {
    }

    static final List<DemoTenant> TENANTS = List.of(
            new DemoTenant("city", "南昌市大数据发展管理局", "Nanchang Big Data Development Administration", "CITY", "nc-officer",
                    List.of(Map.of("title", "南昌市一体化政务云平台扩容", "kind", "CONSTRUCTION",
                            "ownerUnit", "南昌市大数据发展管理局", "totalInvestment", "12800000.00"))),
            new DemoTenant("donghu", "东湖区", "Donghu District", "DISTRICT", "dh-officer",
                    List.of(Map.of("title", "东湖区“一网通办”政务服务平台升级", "kind", "CONSTRUCTION",
                                    "ownerUnit", "东湖区行政审批局", "totalInvestment", "2860000.00"),
                            Map.of("title", "东湖区城市管理视频监控系统年度运维", "kind", "OPERATION_MAINTENANCE",
                                    "ownerUnit", "东湖区城市管理局", "totalInvestment", "450000.00"),
                            Map.of("title", "东湖区社区网格化管理信息系统", "kind", "CONSTRUCTION",
                                    "ownerUnit", "东湖区民政局", "totalInvestment", "280000.00"))),
            new DemoTenant("xihu", "西湖区", "Xihu District", "DISTRICT", "xh-officer",
                    List.of(Map.of("title", "西湖区智慧教育资源共享平台", "kind", "CONSTRUCTION",
                                    "ownerUnit", "西湖区教育体育局", "totalInvestment", "1950000.00"),
                            Map.of("title", "西湖区电子政务外网年度运维", "kind", "OPERATION_MAINTENANCE",
                                    "ownerUnit", "西湖区大数据中心", "totalInvestment", "620000.00"))));

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
                for (Map<String, Object> project : t.projects()) {
                    officer.post("/api/v1/projects", project).expect(201);
                }
            }
        }
    }
}
