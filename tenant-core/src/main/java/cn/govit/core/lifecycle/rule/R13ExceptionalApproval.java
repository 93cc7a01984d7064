package cn.govit.core.lifecycle.rule;

import java.util.List;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.StepContext;
import cn.govit.core.lifecycle.StepPrecondition;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.Severity;
import org.springframework.stereotype.Component;

/**
 * 第十三条 — “一事一议” is for a special or urgent project outside the libraries, approved by the city
 * government (entered by the bureau as the government's decision). A project that was once in the
 * reserve library takes the library's road.
 */
@Component
public class R13ExceptionalApproval implements StepPrecondition {

    @Override
    public void check(StepContext step, List<Finding> blocking) {
        switch (step.action()) {
            case REQUEST_EXCEPTIONAL -> {
                if (step.history().contains(LifecycleAction.PASS_REVIEW)) {
                    blocking.add(Finding.of("R13", Severity.BLOCKING, "action", "R13.inLibrary"));
                }
            }
            case APPROVE_EXCEPTIONAL -> step.requireConsent(OpinionKind.EXCEPTIONAL_APPROVAL, "R13", blocking);
            default -> {
            }
        }
    }
}
