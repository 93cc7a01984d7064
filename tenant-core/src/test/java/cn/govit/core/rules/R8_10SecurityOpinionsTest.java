package cn.govit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govit.core.documents.DocumentType;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** 第八条第（十）项 — a project touching state security or civil air defence is approved only with those bureaus' opinions. */
class R8_10SecurityOpinionsTest extends LifecycleIntegrationTest {

    @Test
    void R8_10_approvalIsRefusedUntilSecrecyAndStateSecurityOpinionsAreUploaded() {
        String id = inAnnualPlan("东湖区涉及国家安全项目", "touchesStateSecurity");
        DocumentType[] approvalDocuments = LifecycleAction.APPROVE.documents().toArray(DocumentType[]::new);

        var problem = refused(donghu.attempt(id, LifecycleAction.APPROVE, null, approvalDocuments), 422, "R8.10");
        assertThat(problem.get("findings").valueStream().map(f -> f.get("article").asString())).containsOnly("R8.10");
        assertThat(problem.get("findings")).hasSize(2);

        donghu.upload(donghu.user("security"), id, DocumentType.SECRECY_OPINION);
        var stillMissing = refused(donghu.attempt(id, LifecycleAction.APPROVE, null), 422, "R8.10");
        assertThat(stillMissing.get("findings")).hasSize(1);
        assertThat(donghu.status(id)).isEqualTo("ANNUAL_PLAN");

        donghu.upload(donghu.user("security"), id, DocumentType.STATE_SECURITY_OPINION);
        donghu.take(id, LifecycleAction.APPROVE, null);
        assertThat(donghu.status(id)).isEqualTo("APPROVED");
    }

    @Test
    void R8_10_civilAirDefenceProjectNeedsTheCivilAirDefenceOpinion() {
        String id = inAnnualPlan("东湖区人防指挥信息系统", "touchesCivilAirDefence");

        refused(donghu.attempt(id, LifecycleAction.APPROVE, null,
                LifecycleAction.APPROVE.documents().toArray(DocumentType[]::new)), 422, "R8.10");
        donghu.upload(donghu.user("security"), id, DocumentType.CIVIL_AIR_DEFENCE_OPINION);

        donghu.take(id, LifecycleAction.APPROVE, null);
        assertThat(donghu.status(id)).isEqualTo("APPROVED");
    }

    @Test
    void R8_10_exceptionalApprovalIsRefusedUntilTheSecurityOpinionsAreUploaded() {
        ObjectNode application = donghu.application("东湖区涉密边缘“一事一议”项目", "500000.00");
        application.put("touchesStateSecurity", true);
        String id = donghu.create(application);
        donghu.walkTo(id, ProjectStatus.SUBMITTED, null);
        donghu.take(id, LifecycleAction.REQUEST_EXCEPTIONAL, null);

        refused(donghu.attempt(id, LifecycleAction.APPROVE_EXCEPTIONAL, null,
                LifecycleAction.APPROVE_EXCEPTIONAL.documents().toArray(DocumentType[]::new)), 422, "R8.10");
        assertThat(donghu.status(id)).isEqualTo("EXCEPTIONAL_REQUESTED");

        donghu.upload(donghu.user("security"), id, DocumentType.SECRECY_OPINION);
        donghu.upload(donghu.user("security"), id, DocumentType.STATE_SECURITY_OPINION);
        donghu.take(id, LifecycleAction.APPROVE_EXCEPTIONAL, null);
        assertThat(donghu.status(id)).isEqualTo("IMPLEMENTATION");
    }

    @Test
    void R8_10_smallProjectIsNotSelfSupervisedUntilTheSecurityOpinionsAreUploaded() {
        ObjectNode application = donghu.application("东湖区人防警报联动小型项目", "200000.00");
        application.put("touchesCivilAirDefence", true);
        String id = donghu.create(application);
        donghu.walkTo(id, ProjectStatus.SUBMITTED, null);

        refused(donghu.attempt(id, LifecycleAction.SELF_SUPERVISE, null), 422, "R8.10");
        assertThat(donghu.status(id)).isEqualTo("SUBMITTED");

        donghu.upload(donghu.user("security"), id, DocumentType.CIVIL_AIR_DEFENCE_OPINION);
        donghu.take(id, LifecycleAction.SELF_SUPERVISE, null);
        assertThat(donghu.status(id)).isEqualTo("SELF_SUPERVISED");
    }

    @Test
    void R8_10_projectOutsideTheirFieldsIsApprovedWithoutSecurityOpinions() {
        String id = donghu.projectAt("东湖区普通政务项目", "500000.00", ProjectStatus.ANNUAL_PLAN, null);

        donghu.take(id, LifecycleAction.APPROVE, null);

        assertThat(donghu.status(id)).isEqualTo("APPROVED");
    }

    private String inAnnualPlan(String title, String flag) {
        ObjectNode application = donghu.application(title, "500000.00");
        application.put(flag, true);
        String id = donghu.create(application);
        donghu.walkTo(id, ProjectStatus.ANNUAL_PLAN, null);
        return id;
    }
}
