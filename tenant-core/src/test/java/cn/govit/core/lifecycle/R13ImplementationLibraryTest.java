package cn.govit.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * 第十三条 — “已列入项目年度计划，且可行性研究报告获批准或者投资概算获核定的” enter the implementation library;
 * nothing else does.
 */
class R13ImplementationLibraryTest extends LifecycleIntegrationTest {

    @Test
    void R13_aProjectInTheAnnualPlanWithoutAnApprovalCannotEnterTheImplementationLibrary() {
        String id = donghu.projectAt("东湖区未批复项目", "500000.00", ProjectStatus.ANNUAL_PLAN, null);

        refused(donghu.attempt(id, LifecycleAction.ENTER_IMPLEMENTATION, null), 409, "R13");

        assertThat(donghu.status(id)).isEqualTo("ANNUAL_PLAN");
    }

    @Test
    void R13_aReserveProjectOutsideTheAnnualPlanCannotEnterIt() {
        String id = donghu.projectAt("东湖区未列入年度计划项目", "500000.00", ProjectStatus.RESERVE, null);

        refused(donghu.attempt(id, LifecycleAction.ENTER_IMPLEMENTATION, null), 409, "R13");
        refused(donghu.attempt(id, LifecycleAction.APPROVE, null), 409, "R14");
    }

    @Test
    void R13_inTheAnnualPlanWithTheFeasibilityStudyApprovedItEnters() {
        String id = donghu.projectAt("东湖区可研获批项目", "500000.00", ProjectStatus.APPROVED, null);

        donghu.take(id, LifecycleAction.ENTER_IMPLEMENTATION, null);

        assertThat(donghu.status(id)).isEqualTo("IMPLEMENTATION");
    }

    @Test
    void R13_inTheAnnualPlanWithTheBudgetEstimateVerifiedItEnters() {
        String id = donghu.projectAt("东湖区概算核定项目", "500000.00", ProjectStatus.ANNUAL_PLAN, null);
        donghu.take(id, LifecycleAction.VERIFY_BUDGET_ESTIMATE, null);

        donghu.take(id, LifecycleAction.ENTER_IMPLEMENTATION, null);

        assertThat(donghu.status(id)).isEqualTo("IMPLEMENTATION");
    }

    @Test
    void R13_onlyTheBureauEntersAProjectInTheImplementationLibrary() {
        String id = donghu.projectAt("东湖区越权入实施库项目", "500000.00", ProjectStatus.APPROVED, null);

        refused(donghu.attempt(donghu.department(), id, LifecycleAction.ENTER_IMPLEMENTATION, null, null), 403, "R13");

        assertThat(donghu.status(id)).isEqualTo("APPROVED");
    }
}
