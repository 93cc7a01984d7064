package cn.govit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.Verdict;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * 第八条第（十）项 — a project touching state security or civil air defence is taken into planning
 * (同意后方可纳入规划建设: the reserve library, the annual plan) and approved only with those bureaus' consent,
 * recorded by their own officers.
 */
class R8_10SecurityOpinionsTest extends LifecycleIntegrationTest {

    @Test
    void R8_10_theReserveLibraryIsClosedUntilSecrecyAndStateSecurityConsent() {
        String id = underReview("东湖区涉及国家安全项目", "touchesStateSecurity");
        donghu.opinion(id, OpinionKind.TECHNICAL_REVIEW, Verdict.APPROVED);
        donghu.opinion(id, OpinionKind.CONSTRUCTION_OPINION_LETTER, Verdict.APPROVED);

        var problem = refused(donghu.attempt(id, LifecycleAction.PASS_REVIEW, null), 422, "R8.10");
        assertThat(problem.get("findings").valueStream().map(f -> f.get("field").asString()))
                .containsExactly("opinions.SECRECY", "opinions.STATE_SECURITY");
        assertThat(problem.get("findings").get(0).get("messageZh").asString()).contains("保密局");

        donghu.opinion(id, OpinionKind.SECRECY, Verdict.APPROVED);
        var stillMissing = refused(donghu.attempt(id, LifecycleAction.PASS_REVIEW, null), 422, "R8.10");
        assertThat(stillMissing.get("findings")).hasSize(1);
        assertThat(donghu.status(id)).isEqualTo("UNDER_REVIEW");

        donghu.opinion(id, OpinionKind.STATE_SECURITY, Verdict.APPROVED_WITH_CONDITIONS);
        donghu.take(id, LifecycleAction.PASS_REVIEW, null);
        assertThat(donghu.status(id)).isEqualTo("RESERVE");
    }

    @Test
    void R8_10_aRejectionKeepsTheProjectOutOfTheAnnualPlanAndNamesTheBureauAndDate() {
        String id = underReview("东湖区国安意见变更项目", "touchesStateSecurity");
        donghu.opinion(id, OpinionKind.SECRECY, Verdict.APPROVED);
        donghu.opinion(id, OpinionKind.STATE_SECURITY, Verdict.APPROVED);
        donghu.take(id, LifecycleAction.PASS_REVIEW, null);

        // The state security bureau corrects its opinion: the earlier 同意 is superseded and no longer counts.
        donghu.opinion(id, OpinionKind.STATE_SECURITY, Verdict.REJECTED);
        var problem = refused(donghu.includeInAnnualPlan(id, null), 422, "R8.10");

        assertThat(problem.get("findings").get(0).get("code").asString()).isEqualTo("opinion.rejected");
        assertThat(problem.get("findings").get(0).get("messageZh").asString())
                .contains("国家安全局", today.toString(), "不同意");
        assertThat(donghu.status(id)).isEqualTo("RESERVE");
    }

    @Test
    void R8_10_approvalIsRefusedWhileTheCivilAirDefenceOpinionIsMissing() {
        String id = underReview("东湖区人防指挥信息系统", "touchesCivilAirDefence");
        // The office consents, then withdraws its consent once the project is in the annual plan: approval checks again.
        donghu.opinion(id, OpinionKind.CIVIL_AIR_DEFENCE, Verdict.APPROVED);
        donghu.walkTo(id, ProjectStatus.ANNUAL_PLAN, null);
        donghu.opinion(id, OpinionKind.CIVIL_AIR_DEFENCE, Verdict.REJECTED);

        refused(donghu.tryStep(id, LifecycleAction.APPROVE, null), 422, "R8.10");
        donghu.opinion(id, OpinionKind.CIVIL_AIR_DEFENCE, Verdict.APPROVED);

        donghu.take(id, LifecycleAction.APPROVE, null);
        assertThat(donghu.status(id)).isEqualTo("APPROVED");
    }

    @Test
    void R8_10_exceptionalApprovalIsRefusedUntilTheSecurityOpinionsAreRecorded() {
        ObjectNode application = donghu.application("东湖区涉密边缘“一事一议”项目", "500000.00");
        application.put("touchesStateSecurity", true);
        String id = donghu.create(application);
        donghu.walkTo(id, ProjectStatus.SUBMITTED, null);
        donghu.take(id, LifecycleAction.REQUEST_EXCEPTIONAL, null);

        refused(donghu.tryStep(id, LifecycleAction.APPROVE_EXCEPTIONAL, null), 422, "R8.10");
        assertThat(donghu.status(id)).isEqualTo("EXCEPTIONAL_REQUESTED");

        donghu.opinion(id, OpinionKind.SECRECY, Verdict.APPROVED);
        donghu.opinion(id, OpinionKind.STATE_SECURITY, Verdict.APPROVED);
        donghu.take(id, LifecycleAction.APPROVE_EXCEPTIONAL, null);
        assertThat(donghu.status(id)).isEqualTo("EXCEPTIONAL_APPROVED");
    }

    @Test
    void R8_10_smallProjectIsNotSelfSupervisedUntilTheCivilAirDefenceOfficeConsents() {
        ObjectNode application = donghu.application("东湖区人防警报联动小型项目", "200000.00");
        application.put("touchesCivilAirDefence", true);
        String id = donghu.create(application);
        donghu.walkTo(id, ProjectStatus.SUBMITTED, null);

        refused(donghu.attempt(id, LifecycleAction.SELF_SUPERVISE, null), 422, "R8.10");
        assertThat(donghu.status(id)).isEqualTo("SUBMITTED");

        donghu.opinion(id, OpinionKind.CIVIL_AIR_DEFENCE, Verdict.APPROVED);
        donghu.take(id, LifecycleAction.SELF_SUPERVISE, null);
        assertThat(donghu.status(id)).isEqualTo("SELF_SUPERVISED");
    }

    @Test
    void R8_10_projectOutsideTheirFieldsIsPlannedAndApprovedWithoutSecurityOpinions() {
        String id = donghu.projectAt("东湖区普通政务项目", "500000.00", ProjectStatus.APPROVED, null);

        assertThat(donghu.status(id)).isEqualTo("APPROVED");
    }

    @Test
    void R8_10_aDistrictCannotSwitchTheSecurityOpinionsOff() {
        var response = donghu.admin().post("/api/v1/rules/versions", java.util.Map.of("effectiveFrom", today.toString(),
                "overrides", java.util.Map.of("R8_10_SECURITY_OPINIONS_REQUIRED", "false"), "note", "试图关闭"));

        refused(response, 422, "R38");
    }

    private String underReview(String title, String flag) {
        ObjectNode application = donghu.application(title, "500000.00");
        application.put(flag, true);
        String id = donghu.create(application);
        donghu.walkTo(id, ProjectStatus.UNDER_REVIEW, null);
        return id;
    }
}
