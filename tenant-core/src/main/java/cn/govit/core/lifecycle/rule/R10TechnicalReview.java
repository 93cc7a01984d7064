package cn.govit.core.lifecycle.rule;

import java.util.List;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.StepContext;
import cn.govit.core.lifecycle.StepPrecondition;
import cn.govit.core.rules.Finding;
import org.springframework.stereotype.Component;

/**
 * 第十条 — the bureau's technical review opinion decides whether a project passes into the reserve
 * library; a 不同意 keeps it out. The plan year must lie within the rolling horizon (Art. 9).
 */
@Component
public class R10TechnicalReview implements StepPrecondition {

    @Override
    public void check(StepContext step, List<Finding> blocking) {
        if (step.action() != LifecycleAction.PASS_REVIEW) {
            return;
        }
        step.requireConsent(OpinionKind.TECHNICAL_REVIEW, "R10", blocking);
        step.applicationFindings().stream().filter(f -> f.blocking() && f.article().equals("R9")).forEach(blocking::add);
    }
}
