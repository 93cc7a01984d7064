package cn.govit.core.lifecycle.rule;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.govit.core.compliance.ComplianceService;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.StepContext;
import cn.govit.core.lifecycle.StepPrecondition;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.Severity;
import org.springframework.stereotype.Component;

/**
 * 第三十三条 — while a sanction is in force (经市政府同意后) the owner unit's new and changed projects go no further:
 * 暂停其单位新建、改建、扩建政务信息化项目（系统）. No submission, self-supervision (第七条) or 一事一议 (第十三条)
 * until it complies and the sanction is lifted.
 */
@Component
public class R33ComplianceSanctions implements StepPrecondition {

    private static final Set<LifecycleAction> STARTS = EnumSet.of(LifecycleAction.SUBMIT, LifecycleAction.RESUBMIT,
            LifecycleAction.SELF_SUPERVISE, LifecycleAction.REQUEST_EXCEPTIONAL, LifecycleAction.APPROVE_EXCEPTIONAL);

    private final ComplianceService compliance;

    R33ComplianceSanctions(ComplianceService compliance) {
        this.compliance = compliance;
    }

    @Override
    public void check(StepContext step, List<Finding> blocking) {
        if (!STARTS.contains(step.action()) || !step.rules().flag(RuleParameter.R33_SANCTIONS_ENFORCED)) {
            return;
        }
        compliance.inForce(step.project().ownerUnit()).ifPresent(s -> blocking.add(Finding.of("R33",
                Severity.BLOCKING, "ownerUnit", "R33.sanctioned", s.ownerUnit(),
                ComplianceService.inForceSince(s).toString())));
    }
}
