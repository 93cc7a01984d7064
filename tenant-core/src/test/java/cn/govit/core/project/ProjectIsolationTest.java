package cn.govit.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import cn.govit.core.testsupport.CoreIntegrationTest;
import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Tenant isolation of the project registry: by id guessing, by forged header, by another org's token. */
class ProjectIsolationTest extends CoreIntegrationTest {

    private static Map<String, Object> project(String title) {
        return project(title, "东湖区行政审批局");
    }

    private static Map<String, Object> project(String title, String ownerUnit) {
        return Map.of("title", title, "kind", "CONSTRUCTION", "ownerUnit", ownerUnit, "totalInvestment", "2860000.00");
    }

    @Test
    void projectOfDonghuIsListedForDonghuOnly() {
        JsonNode created = as("dh-officer").post("/api/v1/projects", project("东湖区政务服务平台升级")).expect(201);
        String id = created.get("id").asString();
        assertThat(created.get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.get("totalInvestment").decimalValue()).isEqualByComparingTo("2860000.00");
        assertThat(created.get("createdBy").asString()).isEqualTo("dh-officer");

        assertThat(ids(as("dh-officer").get("/api/v1/projects").expect(200))).contains(id);
        assertThat(ids(as("xh-officer").get("/api/v1/projects").expect(200))).doesNotContain(id);
    }

    @Test
    void anotherTenantGuessingTheIdGets404() {
        String id = as("dh-officer").post("/api/v1/projects", project("东湖区数据共享交换平台")).expect(201).get("id").asString();

        assertThat(as("dh-officer").get("/api/v1/projects/" + id).status()).isEqualTo(200);
        ApiClient.Response guessed = as("xh-officer").get("/api/v1/projects/" + id);
        assertThat(guessed.status()).isEqualTo(404);
        assertThat(guessed.body()).doesNotContain("东湖区数据共享交换平台");
    }

    @Test
    void forgedTenantHeaderIsIgnoredAndTheTokensTenantIsServed() {
        String id = as("dh-officer").post("/api/v1/projects", project("东湖区城市大脑")).expect(201).get("id").asString();

        for (String header : new String[] {"X-Tenant-Id", "X-GovIT-Tenant", "X-Tenant"}) {
            ApiClient forged = as("xh-officer").withHeader(header, "donghu");
            assertThat(ids(forged.get("/api/v1/projects?tenant=donghu").expect(200))).doesNotContain(id);
            assertThat(forged.get("/api/v1/projects/" + id).status()).isEqualTo(404);
            JsonNode createdByXihu = forged.post("/api/v1/projects", project("西湖区伪造请求", "西湖区数据资源管理局"))
                    .expect(201);
            assertThat(ids(as("xh-officer").get("/api/v1/projects").expect(200)))
                    .contains(createdByXihu.get("id").asString());
            assertThat(ids(as("dh-officer").get("/api/v1/projects").expect(200)))
                    .doesNotContain(createdByXihu.get("id").asString());
        }
    }

    @Test
    void userWithoutTenantCannotReadOrWriteProjects() {
        ApiClient admin = as("platform-admin");
        ApiClient.Response list = admin.get("/api/v1/projects");
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.json().get("title").asString()).contains("租户");
        assertThat(admin.post("/api/v1/projects", project("无租户")).status()).isEqualTo(403);
    }

    @Test
    void requestWithoutTokenIsUnauthorized() {
        assertThat(new ApiClient(baseUrl(), null).get("/api/v1/projects").status()).isEqualTo(401);
        assertThat(new ApiClient(baseUrl(), "not-a-token").get("/api/v1/projects").status()).isEqualTo(401);
    }

    static java.util.List<String> ids(JsonNode list) {
        return list.valueStream().map(p -> p.get("id").asString()).toList();
    }
}
