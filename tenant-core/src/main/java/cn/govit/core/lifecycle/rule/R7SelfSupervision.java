package cn.govit.core.lifecycle.rule;

import java.math.BigDecimal;
import java.util.List;

import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.StepContext;
import cn.govit.core.lifecycle.StepPrecondition;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.Severity;
import org.springframework.stereotype.Component;

/**
 * 第七条 — a project below the threshold (30 万元, 不含) <em>may</em> be supervised by its competent
 * department itself; one at or above it goes to the bureau's review.
 */
@Component
public class R7SelfSupervision implements StepPrecondition {

    @Override
    public void check(StepContext step, List<Finding> blocking) {
        if (step.action() != LifecycleAction.SELF_SUPERVISE) {
            return;
        }
        BigDecimal threshold = step.rules().money(RuleParameter.R7_SELF_SUPERVISION_THRESHOLD);
        if (step.project().totalInvestment().compareTo(threshold) >= 0) {
            blocking.add(Finding.of("R7", Severity.BLOCKING, "totalInvestment", "R7.aboveThreshold",
                    step.project().totalInvestment().toPlainString(), threshold.toPlainString()));
        }
    }
}
