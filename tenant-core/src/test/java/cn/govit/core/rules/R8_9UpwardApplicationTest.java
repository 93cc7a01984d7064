package cn.govit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.Verdict;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.documents.SampleFiles;
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

        assertThat(problem.get("field").asString()).isEqualTo("opinions.UPWARD_CONSENT");
        assertThat(donghu.version(id)).isEqualTo(version);
        assertThat(donghu.steps(id)).hasSize(1);
    }

    @Test
    void R8_9_upwardFilingWithTheBureauOpinionIsRecordedInPlace() {
        String id = upwardProjectSubmitted("东湖区国家部委统建项目");
        donghu.opinion(id, OpinionKind.UPWARD_CONSENT, Verdict.APPROVED);

        var step = donghu.take(id, LifecycleAction.FILE_UPWARD, null);

        assertThat(step.get("from").asString()).isEqualTo("SUBMITTED");
        assertThat(step.get("to").asString()).isEqualTo("SUBMITTED");
        assertThat(donghu.status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void R8_9_theOwnersOwnUploadOfTheBureauOpinionIsRefusedAndFilesNothing() {
        String id = upwardProjectSubmitted("东湖区自报技术意见项目");

        var upload = donghu.officer().upload("/api/v1/projects/" + id + "/documents", "file", "同意申报意见.pdf",
                SampleFiles.PDF, SampleFiles.pdf("同意申报"), Map.of("type", "UPWARD_TECHNICAL_OPINION"));

        assertThat(upload.status()).isEqualTo(403);
        refused(donghu.attempt(id, LifecycleAction.FILE_UPWARD, null), 422, "R8.9");
    }

    @Test
    void R8_9_theBureausRefusalToConsentBlocksTheFilingNamingTheBureauAndDate() {
        String id = upwardProjectSubmitted("东湖区未获同意的省级项目");
        donghu.opinion(id, OpinionKind.UPWARD_CONSENT, Verdict.REJECTED);

        var problem = refused(donghu.attempt(id, LifecycleAction.FILE_UPWARD, null), 422, "R8.9");

        assertThat(problem.get("findings").get(0).get("code").asString()).isEqualTo("opinion.rejected");
        assertThat(problem.get("findings").get(0).get("messageZh").asString()).contains("大数据局", today.toString(), "不同意");
    }

    @Test
    void R8_9_theUpperLevelsApprovalIsReportedBackAfterTheFiling() {
        String id = upwardProjectSubmitted("东湖区上级审批回报项目");
        refused(donghu.attempt(id, LifecycleAction.REPORT_UPWARD_APPROVAL, null, DocumentType.UPWARD_APPROVAL), 422,
                "R8.9");
        donghu.opinion(id, OpinionKind.UPWARD_CONSENT, Verdict.APPROVED);
        donghu.take(id, LifecycleAction.FILE_UPWARD, null);

        var reported = donghu.take(id, LifecycleAction.REPORT_UPWARD_APPROVAL, null);

        assertThat(reported.get("documents").get(0).get("type").asString()).isEqualTo("UPWARD_APPROVAL");
        assertThat(donghu.status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void R8_9_projectNotOrganisedUpwardCannotBeFiledUpward() {
        String id = donghu.projectAt("东湖区本级项目", "500000.00", ProjectStatus.SUBMITTED, null);
        donghu.opinion(id, OpinionKind.UPWARD_CONSENT, Verdict.APPROVED);

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
