package cn.govit.core.lifecycle.rule;

import java.util.List;

import cn.govit.core.compliance.ComplianceService;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.StepContext;
import cn.govit.core.lifecycle.StepPrecondition;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.Severity;
import org.springframework.stereotype.Component;

/** 第三十三条 — a sanctioned owner unit submits no new or changed project until it complies. */
@Component
public class R33ComplianceSanctions implements StepPrecondition {

    private final ComplianceService compliance;

    R33ComplianceSanctions(ComplianceService compliance) {
        this.compliance = compliance;
    }

    @Override
    public void check(StepContext step, List<Finding> blocking) {
        if (step.action() != LifecycleAction.SUBMIT && step.action() != LifecycleAction.RESUBMIT) {
            return;
        }
        if (step.rules().flag(RuleParameter.R33_SANCTIONS_ENFORCED) && compliance.sanctioned(step.project().ownerUnit())) {
            blocking.add(Finding.of("R33", Severity.BLOCKING, "ownerUnit", "R33.sanctioned", step.project().ownerUnit()));
        }
    }
}
