package cn.govit.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govit.core.documents.DocumentType;
import cn.govit.core.documents.SampleFiles;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * 第四条 — the owner unit (项目建设（业主）单位) proposes its own projects: only its officers write and edit
 * its applications; no other role and no officer of another unit.
 */
class R4OwnerUnitTest extends LifecycleIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"bureau", "dept", "expert", "secrecy", "approval", "admin"})
    void R4_aRoleTheRegulationDoesNotNameCannotWriteAnApplication(String role) {
        ApiClient.Response response = donghu.user(role).post("/api/v1/projects",
                donghu.application("东湖区越权申报项目", "500000.00"));

        refused(response, 403, "R4");
    }

    @Test
    void R4_anOfficerOfAnotherUnitCannotWriteOrEditThisUnitsDraft() {
        ObjectNode application = donghu.application("东湖区教育局代申报项目", "500000.00");
        refused(donghu.user("edu-officer").post("/api/v1/projects", application), 403, "R4");

        String id = donghu.create(application);
        long version = donghu.version(id);
        ObjectNode changed = application.deepCopy().put("title", "东湖区被他人修改的项目");
        refused(donghu.user("edu-officer").send("PUT", "/api/v1/projects/" + id,
                "{\"version\":" + version + ",\"application\":" + changed + "}"), 403, "R4");

        assertThat(donghu.detail(id).get("project").get("title").asString()).isEqualTo("东湖区教育局代申报项目");
        assertThat(donghu.version(id)).isEqualTo(version);
    }

    @Test
    void R4_anOfficerCannotMoveADraftToAUnitItDoesNotActFor() {
        // 东湖区教育体育局 is registered as production registers it: its officer has been seen (第四条).
        donghu.user("edu-officer").get("/api/v1/projects").expect(200);
        String id = donghu.createComplete("东湖区转移单位项目", "500000.00");
        ObjectNode moved = donghu.application("东湖区转移单位项目", "500000.00").put("ownerUnit", "东湖区教育体育局");

        var problem = refused(donghu.officer().send("PUT", "/api/v1/projects/" + id,
                "{\"version\":" + donghu.version(id) + ",\"application\":" + moved + "}"), 403, "R4");

        assertThat(problem.get("field").asString()).isEqualTo("ownerUnit");
        assertThat(donghu.detail(id).get("project").get("ownerUnit").asString()).isEqualTo("东湖区数据资源管理局");
    }

    @Test
    void R4_anOfficerOfAnotherUnitCannotTakeTheOwnersStepsOnThisUnitsProject() {
        String id = donghu.createComplete("东湖区他人代为提交项目", "500000.00");

        donghu.upload(donghu.officer(), id, DocumentType.APPLICATION_PLAN);
        refused(donghu.attempt(donghu.user("edu-officer"), id, LifecycleAction.SUBMIT, null, null), 403, "R4");
        refused(donghu.user("edu-officer").upload("/api/v1/projects/" + id + "/documents", "file", "方案.pdf",
                SampleFiles.PDF, SampleFiles.pdf("他人方案"), java.util.Map.of("type", "APPLICATION_PLAN")), 403, "R4");

        assertThat(donghu.user("edu-officer").get("/api/v1/projects/" + id + "/actions").expect(200).valueStream()
                .map(a -> a.get("action").asString())).doesNotContain("SUBMIT");
        assertThat(donghu.officer().get("/api/v1/projects/" + id + "/actions").expect(200).valueStream()
                .map(a -> a.get("action").asString())).contains("SUBMIT");
        assertThat(donghu.status(id)).isEqualTo("DRAFT");
    }

    @Test
    void R4_eachUnitsOfficerWritesItsOwn() {
        ObjectNode application = donghu.application("东湖区教育资源平台", "500000.00").put("ownerUnit", "东湖区教育体育局");

        var created = donghu.user("edu-officer").post("/api/v1/projects", application).expect(201);

        assertThat(created.get("createdBy").asString()).isEqualTo("dh-edu-officer");
        assertThat(created.get("ownerUnit").asString()).isEqualTo("东湖区教育体育局");
    }
}
