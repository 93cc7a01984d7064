package cn.govit.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.Verdict;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * 第十四条 — the approval bureau approves the feasibility study with the bureau's technical review opinion
 * and the finance bureau's fund-source opinion; the budget estimate's verification (Art. 13) rests on the
 * technical review alone.
 */
class R14FeasibilityApprovalTest extends LifecycleIntegrationTest {

    @Test
    void R14_approvalWaitsForTheFundSourceOpinionOfTheFinanceBureau() {
        String id = donghu.projectAt("东湖区可研报批项目", "500000.00", ProjectStatus.ANNUAL_PLAN, null);

        var problem = refused(donghu.attempt(id, LifecycleAction.APPROVE, null, DocumentType.APPROVAL_DOCUMENT), 422,
                "R14");
        assertThat(problem.get("findings").valueStream().map(f -> f.get("field").asString()))
                .containsExactly("opinions.FUND_SOURCE");

        donghu.opinion(id, OpinionKind.FUND_SOURCE, Verdict.APPROVED_WITH_CONDITIONS);
        donghu.attempt(id, LifecycleAction.APPROVE, null, DocumentType.APPROVAL_DOCUMENT).expect(201);
        assertThat(donghu.status(id)).isEqualTo("APPROVED");
    }

    @Test
    void R13_theBudgetEstimateIsVerifiedWithoutTheFundSourceOpinion() {
        String id = donghu.projectAt("东湖区概算核定项目", "500000.00", ProjectStatus.ANNUAL_PLAN, null);

        donghu.attempt(id, LifecycleAction.VERIFY_BUDGET_ESTIMATE, null, DocumentType.APPROVAL_DOCUMENT).expect(201);

        assertThat(donghu.status(id)).isEqualTo("APPROVED");
    }

    @Test
    void R14_onlyTheApprovalBureauApproves() {
        String id = donghu.projectAt("东湖区越权批复项目", "500000.00", ProjectStatus.ANNUAL_PLAN, null);

        refused(donghu.attempt(donghu.bureau(), id, LifecycleAction.APPROVE, null, null), 403, "R14");
        refused(donghu.attempt(donghu.user("finance"), id, LifecycleAction.APPROVE, null, null), 403, "R14");

        assertThat(donghu.status(id)).isEqualTo("ANNUAL_PLAN");
    }
}
