package cn.govit.core.lifecycle.rule;

import java.util.List;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.lifecycle.StepContext;
import cn.govit.core.lifecycle.StepPrecondition;
import cn.govit.core.rules.Finding;
import org.springframework.stereotype.Component;

/**
 * 第十四条 — the approval bureau approves a feasibility study only with the bureau's technical review
 * opinion and the finance bureau's fund-source opinion, both consenting. The verification of a budget
 * estimate (Art. 13) rests on the technical review opinion alone, the basis of every later approval
 * (Art. 10).
 */
@Component
public class R14FeasibilityApproval implements StepPrecondition {

    @Override
    public void check(StepContext step, List<Finding> blocking) {
        switch (step.action()) {
            case APPROVE -> {
                step.requireConsent(OpinionKind.TECHNICAL_REVIEW, "R14", blocking);
                step.requireConsent(OpinionKind.FUND_SOURCE, "R14", blocking);
            }
            case VERIFY_BUDGET_ESTIMATE -> step.requireConsent(OpinionKind.TECHNICAL_REVIEW, "R10", blocking);
            default -> {
            }
        }
    }
}
