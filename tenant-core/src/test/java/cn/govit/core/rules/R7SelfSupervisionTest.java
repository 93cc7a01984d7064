package cn.govit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;

/** 第七条 — a project under 300,000 元 (不含30万元) is supervised by its competent department, without bureau review. */
class R7SelfSupervisionTest extends LifecycleIntegrationTest {

    @Test
    void R7_projectOf280000IsSupervisedByItsDepartment() {
        String id = donghu.projectAt("东湖区社区网格化管理", "280000.00", ProjectStatus.SUBMITTED, null);

        var step = donghu.take(id, LifecycleAction.SELF_SUPERVISE, null);

        assertThat(step.get("to").asString()).isEqualTo("SELF_SUPERVISED");
        assertThat(step.get("actorRoles").asString()).contains("department-officer");
        assertThat(donghu.status(id)).isEqualTo("SELF_SUPERVISED");
    }

    @Test
    void R7_projectOfExactly300000IsRefusedSelfSupervision() {
        String id = donghu.projectAt("东湖区三十万元项目", "300000.00", ProjectStatus.SUBMITTED, null);
        long version = donghu.version(id);

        var problem = refused(donghu.attempt(id, LifecycleAction.SELF_SUPERVISE, null), 422, "R7");

        assertThat(problem.get("field").asString()).isEqualTo("totalInvestment");
        assertThat(donghu.status(id)).isEqualTo("SUBMITTED");
        assertThat(donghu.version(id)).isEqualTo(version);
        assertThat(donghu.steps(id)).hasSize(1);
    }

    @Test
    void R7_projectAtOrAboveTheThresholdTakesTheBureauPath() {
        String id = donghu.projectAt("东湖区三十万元项目（评审）", "300000.00", ProjectStatus.SUBMITTED, null);

        donghu.take(id, LifecycleAction.ENDORSE, null);

        assertThat(donghu.status(id)).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void R7_onlyTheCompetentDepartmentPutsAProjectUnderItsOwnSupervision() {
        String id = donghu.projectAt("东湖区小额项目", "280000.00", ProjectStatus.SUBMITTED, null);

        refused(donghu.attempt(donghu.bureau(), id, LifecycleAction.SELF_SUPERVISE, null, null), 403, "R7");
        refused(donghu.attempt(donghu.officer(), id, LifecycleAction.SELF_SUPERVISE, null, null), 403, "R7");

        assertThat(donghu.status(id)).isEqualTo("SUBMITTED");
    }
}
