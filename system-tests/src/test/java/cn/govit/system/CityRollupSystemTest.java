package cn.govit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.govit.devstack.ApiClient;
import cn.govit.devstack.TestServices;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 第四十条 — the packaged platform with the city and its districts onboarded through provisioning: the city's overview
 * through the gateway agrees, district by district and figure by figure, with a plain count over the tenant schemas,
 * and the platform administrator's rebuild gives the same figures again.
 */
class CityRollupSystemTest {

    private static final String OVERVIEW = "/api/v1/supervision/overview";
    private static final String STAGES = """
            CASE WHEN status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'SELF_SUPERVISED', 'UNDER_REVIEW') THEN 'APPLICATION'
                 WHEN status IN ('RESERVE', 'ANNUAL_PLAN', 'APPROVED', 'EXCEPTIONAL_REQUESTED', 'EXCEPTIONAL_APPROVED') THEN 'LIBRARY'
                 WHEN status IN ('FINAL_ACCEPTED', 'IN_OPERATION', 'OPERATION_MAINTENANCE') THEN 'OPERATION'
                 WHEN status IN ('SUSPENDED', 'TERMINATED', 'RETIRED') THEN 'HALTED'
                 WHEN status = 'CLASSIFIED' THEN 'CLASSIFIED'
                 ELSE 'IMPLEMENTATION' END""";

    @Test
    void R40_theOverviewThroughTheGatewayEqualsACountOverEveryTenantSchemaAndTheRebuildAgrees() throws SQLException {
        ApiClient admin = SystemUnderTest.gatewayAs("platform-admin");
        for (int i = 0; i < 2; i++) {
            String code = "rz-" + UUID.randomUUID().toString().substring(0, 6);
            admin.post("/api/v1/tenants", Map.of("code", code, "nameZh", "汇总测试开发区（" + code + "）",
                    "nameEn", "Roll-up test zone " + code, "level", "DEVELOPMENT_ZONE", "parentCode", "city",
                    "adminPassword", "Start-" + code + "-2026", "adminPasswordTemporary", false)).expect(201);
        }
        ApiClient donghu = SystemUnderTest.gatewayAs("dh-officer");
        donghu.post("/api/v1/projects", Map.of("title", "东湖区汇总系统测试草稿", "kind", "CONSTRUCTION",
                "ownerUnit", "东湖区数据资源管理局", "totalInvestment", "456789.12")).expect(201);
        SubmittedProjects.submitted("东湖区汇总系统测试申报项目", Map.of());
        ApiClient xihu = SystemUnderTest.gatewayAs("xh-officer");
        xihu.post("/api/v1/projects", Map.of("title", "西湖区汇总系统测试草稿", "kind", "OPERATION_MAINTENANCE",
                "ownerUnit", "西湖区教育体育局", "totalInvestment", "210000.00")).expect(201);

        JsonNode overview = SystemUnderTest.gatewayAs("nc-bureau").get(OVERVIEW).expect(200);

        assertThat(overview.get("tenants").size()).isGreaterThanOrEqualTo(10);
        int projects = 0;
        try (Connection db = TestServices.database().connect()) {
            for (JsonNode tenant : overview.get("tenants")) {
                String code = tenant.get("code").asString();
                Map<String, Object> counted = counted(db, code);
                assertThat(tenant.get("projects").asInt()).as(code).isEqualTo(counted.get("projects"));
                assertThat(tenant.get("totalInvestment").decimalValue()).as(code)
                        .isEqualByComparingTo((BigDecimal) counted.get("total"));
                for (String stage : List.of("APPLICATION", "LIBRARY", "IMPLEMENTATION", "OPERATION", "HALTED", "CLASSIFIED")) {
                    JsonNode shown = tenant.get("byStage").get(stage);
                    assertThat(shown == null ? 0 : shown.asInt()).as(code + " " + stage)
                            .isEqualTo(counted.getOrDefault(stage, 0));
                }
                int reserve = tenant.get("libraries").valueStream()
                        .filter(l -> l.get("library").asString().equals("RESERVE")).mapToInt(l -> l.get("projects").asInt()).sum();
                assertThat(reserve).as(code + " reserve").isEqualTo(counted.get("reserve"));
                assertThat(tenant.get("sanctionsInForce").asInt()).as(code).isEqualTo(counted.get("sanctions"));
                projects += tenant.get("projects").asInt();
            }
        }
        assertThat(overview.get("total").get("projects").asInt()).isEqualTo(projects);
        assertThat(projects).isPositive();

        JsonNode rebuilt = admin.post("/api/v1/admin/rollup/rebuild", Map.of()).expect(200);

        assertThat(rebuilt.get("failed")).isEmpty();
        assertThat(withoutTimes(SystemUnderTest.gatewayAs("nc-bureau").get(OVERVIEW).expect(200)))
                .isEqualTo(withoutTimes(overview));
        assertThat(SystemUnderTest.gatewayAs("dh-bureau").get(OVERVIEW).status()).isEqualTo(403);
    }

    /** The tenant's projects, investment, projects by stage, reserve library and sanctions, counted in plain SQL. */
    private static Map<String, Object> counted(Connection db, String code) throws SQLException {
        String schema = single(db, "SELECT schema_name FROM platform.tenant WHERE code = ?", code);
        Map<String, Object> counted = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement(
                "SELECT count(*), coalesce(sum(total_investment), 0) FROM " + schema + ".project");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            counted.put("projects", rs.getInt(1));
            counted.put("total", rs.getBigDecimal(2));
        }
        try (PreparedStatement s = db.prepareStatement("SELECT " + STAGES + ", count(*) FROM " + schema
                + ".project GROUP BY 1"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                counted.put(rs.getString(1), rs.getInt(2));
            }
        }
        counted.put("reserve", Integer.parseInt(single(db, "SELECT count(*) FROM " + schema + ".library_entry e JOIN "
                + schema + ".project p ON p.id = e.project_id WHERE NOT e.removed AND e.library = 'RESERVE'", null)));
        counted.put("sanctions", Integer.parseInt(single(db, "SELECT count(*) FROM " + schema
                + ".unit_sanction WHERE lifted_at IS NULL", null)));
        return counted;
    }

    private static String single(Connection db, String sql, String param) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            if (param != null) {
                s.setString(1, param);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static JsonNode withoutTimes(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("projectsAsOf", "sanctionsAsOf", "rulesAsOf"));
        }
        node.forEach(CityRollupSystemTest::strip);
    }
}
