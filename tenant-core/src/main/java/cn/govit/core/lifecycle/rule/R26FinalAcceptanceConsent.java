package cn.govit.core.lifecycle.rule;

import java.util.List;

import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.StepContext;
import cn.govit.core.lifecycle.StepPrecondition;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.Severity;
import cn.govit.core.security.Role;
import org.springframework.stereotype.Component;

/**
 * 第二十六条 — the final acceptance needs the bureau's consent: the bureau records it; the competent
 * department may do so only for a project it supervises itself (Art. 7).
 */
@Component
public class R26FinalAcceptanceConsent implements StepPrecondition {

    @Override
    public void check(StepContext step, List<Finding> blocking) {
        if (step.action() != LifecycleAction.PASS_FINAL_ACCEPTANCE && step.action() != LifecycleAction.FAIL_FINAL_ACCEPTANCE) {
            return;
        }
        if (!step.actor().has(Role.BUREAU_OFFICER) && !step.history().contains(LifecycleAction.SELF_SUPERVISE)) {
            blocking.add(Finding.of("R26", Severity.BLOCKING, "action", "R26.bureauConsent"));
        }
    }
}
