package cn.govit.core.lifecycle.rule;

import java.util.List;

import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.StepContext;
import cn.govit.core.lifecycle.StepPrecondition;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.Severity;
import org.springframework.stereotype.Component;

/**
 * 第十三条 — “已列入项目年度计划，且可行性研究报告获批准或者投资概算获核定的”, enter the implementation library:
 * both conditions must be in the project's record — the annual plan (or, outside the libraries, the city
 * government's 一事一议 approval, which replaces it) and an approval of the approval bureau after it.
 */
@Component
public class R13ImplementationLibraryEntry implements StepPrecondition {

    @Override
    public void check(StepContext step, List<Finding> blocking) {
        if (step.action() != LifecycleAction.ENTER_IMPLEMENTATION) {
            return;
        }
        var history = step.history();
        if (!history.contains(LifecycleAction.INCLUDE_IN_ANNUAL_PLAN)
                && !history.contains(LifecycleAction.APPROVE_EXCEPTIONAL)) {
            blocking.add(Finding.of("R13", Severity.BLOCKING, "action", "R13.notInAnnualPlan"));
        }
        if (!history.contains(LifecycleAction.APPROVE) && !history.contains(LifecycleAction.VERIFY_BUDGET_ESTIMATE)) {
            blocking.add(Finding.of("R13", Severity.BLOCKING, "action", "R13.notApproved"));
        }
    }
}
