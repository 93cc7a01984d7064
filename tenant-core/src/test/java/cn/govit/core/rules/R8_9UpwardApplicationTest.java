package cn.govit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govit.core.documents.DocumentType;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** 第八条第（九）项 — a project organised by a national or provincial body is filed upward only after the bureau's technical opinion. */
class R8_9UpwardApplicationTest extends LifecycleIntegrationTest {

    @Test
    void R8_9_upwardFilingWithoutTheBureauOpinionIsRefused() {
        String id = upwardProjectSubmitted("东湖区省级统建项目");
        long version = donghu.version(id);

        var problem = refused(donghu.attempt(id, LifecycleAction.FILE_UPWARD, null), 422, "R8.9");

        assertThat(problem.get("field").asString()).isEqualTo("documentIds");
        assertThat(donghu.version(id)).isEqualTo(version);
        assertThat(donghu.steps(id)).hasSize(1);
    }

    @Test
    void R8_9_upwardFilingWithTheBureauOpinionIsRecordedInPlace() {
        String id = upwardProjectSubmitted("东湖区国家部委统建项目");
        donghu.upload(donghu.bureau(), id, DocumentType.UPWARD_TECHNICAL_OPINION);

        var step = donghu.take(id, LifecycleAction.FILE_UPWARD, null);

        assertThat(step.get("from").asString()).isEqualTo("SUBMITTED");
        assertThat(step.get("to").asString()).isEqualTo("SUBMITTED");
        assertThat(donghu.status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void R8_9_projectNotOrganisedUpwardCannotBeFiledUpward() {
        String id = donghu.projectAt("东湖区本级项目", "500000.00", ProjectStatus.SUBMITTED, null);
        donghu.upload(donghu.bureau(), id, DocumentType.UPWARD_TECHNICAL_OPINION);

        refused(donghu.attempt(id, LifecycleAction.FILE_UPWARD, null), 422, "R8.9");
    }

    @Test
    void R8_9_upwardApplicationWithoutItsOrganiserIsBlocked() {
        ObjectNode application = donghu.application("东湖区未注明组织单位项目", "500000.00");
        application.put("upwardApplication", true);

        assertSubmissionBlocked(donghu, application, "R8.9", "upwardOrganiser");
    }

    private String upwardProjectSubmitted(String title) {
        ObjectNode application = donghu.application(title, "500000.00");
        application.put("upwardApplication", true);
        application.put("upwardOrganiser", "江西省政务服务管理办公室");
        return assertSubmissionAllowed(donghu, application, "R8.9");
    }
}
