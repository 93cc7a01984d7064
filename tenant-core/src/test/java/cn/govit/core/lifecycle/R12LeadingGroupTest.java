package cn.govit.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govit.core.documents.DocumentType;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * 第十二条 — the annual plan is decided by the leading group, and each decision is minuted; the bureau's own
 * step without the group's decision is refused (see {@code LeadingGroupPlanTest}).
 */
class R12LeadingGroupTest extends LifecycleIntegrationTest {

    @Test
    void R12_inclusionInTheAnnualPlanWithoutLeadingGroupMinutesIsRefused() {
        String id = donghu.projectAt("东湖区储备库项目", "500000.00", ProjectStatus.RESERVE, null);

        var problem = refused(donghu.attempt(id, LifecycleAction.INCLUDE_IN_ANNUAL_PLAN, null,
                DocumentType.EXPERT_OPINION), 422, "R12");

        assertThat(problem.get("field").asString()).isEqualTo("documentIds");
        assertThat(donghu.status(id)).isEqualTo("RESERVE");
    }

    @Test
    void R12_inclusionWithTheMinutesOfTheMeetingIsRecordedWithThem() {
        String id = donghu.projectAt("东湖区年度计划项目", "500000.00", ProjectStatus.RESERVE, null);

        donghu.includeInAnnualPlan(id, null).expect(200);

        var step = donghu.steps(id).valueStream()
                .filter(s -> s.get("action").asString().equals("INCLUDE_IN_ANNUAL_PLAN")).findFirst().orElseThrow();
        assertThat(step.get("to").asString()).isEqualTo("ANNUAL_PLAN");
        assertThat(step.get("documents").valueStream().map(d -> d.get("type").asString()))
                .containsExactly("LEADING_GROUP_MINUTES");
    }

    @Test
    void R12_onlyTheBureauIncludesAProjectInTheAnnualPlan() {
        String id = donghu.projectAt("东湖区年度计划（越权）项目", "500000.00", ProjectStatus.RESERVE, null);

        refused(donghu.attempt(donghu.department(), id, LifecycleAction.INCLUDE_IN_ANNUAL_PLAN, null, null), 403,
                "R12");

        assertThat(donghu.status(id)).isEqualTo("RESERVE");
    }
}
