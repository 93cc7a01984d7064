package cn.govit.core.lifecycle.rule;

import java.util.List;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.StepContext;
import cn.govit.core.lifecycle.StepPrecondition;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.Severity;
import org.springframework.stereotype.Component;

/**
 * 第八条第（九）项 — a project a ministry or provincial department organises is filed upward only with the
 * bureau's opinion consenting to it; after the upper level's approval its documents are reported back.
 */
@Component
public class R8_9UpwardApplication implements StepPrecondition {

    @Override
    public void check(StepContext step, List<Finding> blocking) {
        switch (step.action()) {
            case FILE_UPWARD -> {
                if (!step.application().upwardApplication()) {
                    blocking.add(Finding.of("R8.9", Severity.BLOCKING, "action", "R8.9.notUpward"));
                } else if (step.rules().flag(RuleParameter.R8_9_BUREAU_OPINION_BEFORE_UPWARD)) {
                    step.requireConsent(OpinionKind.UPWARD_CONSENT, "R8.9", blocking);
                }
            }
            case REPORT_UPWARD_APPROVAL -> {
                if (!step.history().contains(LifecycleAction.FILE_UPWARD)) {
                    blocking.add(Finding.of("R8.9", Severity.BLOCKING, "action", "R8.9.notFiled"));
                }
            }
            default -> {
            }
        }
    }
}
