package cn.govit.core.plan;

import java.util.List;

import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.StepContext;
import cn.govit.core.lifecycle.StepPrecondition;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.Severity;
import org.springframework.stereotype.Component;

/**
 * 第十二条 — “提交市大数据与数字经济领导小组审议……编制项目年度计划”: a project enters the annual plan only by the
 * group's inclusion recorded at one of its meetings ({@link PlanService#decide}), which gives it its plan year,
 * priority and funds; the bureau cannot take the step on its own with any minutes attached. A project enters
 * the plan once (no step leads back to the reserve library), so its inclusion is the plan it enters.
 */
@Component
class R12LeadingGroupDecision implements StepPrecondition {

    private final AgendaItemRepository items;

    R12LeadingGroupDecision(AgendaItemRepository items) {
        this.items = items;
    }

    @Override
    public void check(StepContext step, List<Finding> blocking) {
        if (step.action() != LifecycleAction.INCLUDE_IN_ANNUAL_PLAN) {
            return;
        }
        if (!items.existsByProjectIdAndDecision(step.project().id(), PlanDecision.INCLUDE)) {
            blocking.add(Finding.of("R12", Severity.BLOCKING, "action", "R12.leadingGroupDecision"));
        }
    }
}
