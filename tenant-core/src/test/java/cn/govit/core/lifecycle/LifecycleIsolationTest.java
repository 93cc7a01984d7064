package cn.govit.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.govit.core.project.ProjectStatus;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A 西湖区 user reaches none of 东湖区's projects through the lifecycle endpoints: another
 * tenant's id is simply not there (404), whatever tenant header the client forges.
 */
class LifecycleIsolationTest extends LifecycleIntegrationTest {

    private static final String[] FORGED = {"X-Tenant-Id", "X-GovIT-Tenant"};

    @ParameterizedTest
    @ValueSource(strings = {"", "/findings", "/history", "/actions", "/steps", "/deadlines", "/timeline", "/documents"})
    void xihuUserGets404ForADonghuProject(String endpoint) {
        String id = donghu.projectAt("东湖区在建项目（隔离）", "500000.00", ProjectStatus.UNDER_CONSTRUCTION, null);
        String path = "/api/v1/projects/" + id + endpoint;

        for (String user : new String[] {"officer", "dept", "bureau", "admin"}) {
            assertThat(xihu.user(user).get(path).status()).as(user + " " + path).isEqualTo(404);
            for (String header : FORGED) {
                ApiClient forged = xihu.user(user).withHeader(header, "donghu");
                assertThat(forged.get(path).status()).as(header + " " + user + " " + path).isEqualTo(404);
            }
        }
        assertThat(donghu.officer().get(path).status()).isEqualTo(200);
    }

    @Test
    void xihuUserCannotTakeAStepOnADonghuProject() {
        String id = donghu.projectAt("东湖区已提交项目（隔离）", "500000.00", ProjectStatus.SUBMITTED, null);
        String before = donghu.detail(id) + "" + donghu.steps(id);
        Map<String, Object> endorse = Map.of("action", "ENDORSE", "version", donghu.version(id));

        assertThat(xihu.department().post("/api/v1/projects/" + id + "/steps", endorse).status()).isEqualTo(404);
        for (String header : FORGED) {
            assertThat(xihu.department().withHeader(header, "donghu").post("/api/v1/projects/" + id + "/steps", endorse)
                    .status()).isEqualTo(404);
        }

        assertThat(donghu.detail(id) + "" + donghu.steps(id)).isEqualTo(before);
    }

    @Test
    void xihuOfficerCannotEditADonghuDraft() {
        String id = donghu.createComplete("东湖区草稿（隔离）", "500000.00");
        JsonNode detail = donghu.detail(id);
        String before = detail.toString();
        ObjectNode application = (ObjectNode) detail.get("application");
        application.put("title", "西湖区改写的标题");
        String body = "{\"version\":" + detail.get("project").get("version").asLong() + ",\"application\":" + application + "}";

        assertThat(xihu.officer().send("PUT", "/api/v1/projects/" + id, body).status()).isEqualTo(404);
        assertThat(xihu.officer().withHeader("X-Tenant-Id", "donghu").send("PUT", "/api/v1/projects/" + id, body)
                .status()).isEqualTo(404);

        assertThat(donghu.detail(id).toString()).isEqualTo(before);
    }

    @Test
    void xihuStepWithAForgedHeaderIsTakenOnXihusOwnProject() {
        String id = xihu.createComplete("西湖区项目（伪造头）", "500000.00");
        String plan = xihu.upload(xihu.officer(), id, DocumentType.APPLICATION_PLAN);

        ApiClient.Response response = xihu.officer().withHeader("X-Tenant-Id", "donghu")
                .post("/api/v1/projects/" + id + "/steps", Map.of("action", "SUBMIT", "version", xihu.version(id),
                        "documentIds", List.of(plan)));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(xihu.status(id)).isEqualTo("SUBMITTED");
        assertThat(donghu.officer().get("/api/v1/projects/" + id).status()).isEqualTo(404);
    }

    @Test
    void R33_donghuSanctionDoesNotBlockTheXihuUnitOfTheSameName() {
        String unit = "西湖区数据资源管理局";
        String sanction = donghu.sanction(unit);
        try {
            assertThat(xihu.bureau().get("/api/v1/compliance/sanctions").expect(200).valueStream()
                    .map(s -> s.get("id").asString())).doesNotContain(sanction);
            assertThat(xihu.bureau().post("/api/v1/compliance/sanctions/" + sanction + "/lifting", Map.of()).status())
                    .isEqualTo(404);

            ObjectNode inXihu = xihu.application("西湖区同名单位项目", "500000.00");
            inXihu.put("ownerUnit", unit);
            assertSubmissionAllowed(xihu, inXihu, "R33");
            assertThat(donghu.bureau().get("/api/v1/compliance/sanctions").expect(200).valueStream()
                    .map(s -> s.get("id").asString())).contains(sanction);
        } finally {
            donghu.liftSanction(sanction);
        }
    }
}
