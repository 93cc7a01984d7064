package cn.govit.core.lifecycle.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.StepContext;
import cn.govit.core.lifecycle.StepPrecondition;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.RuleParameter;
import org.springframework.stereotype.Component;

/**
 * 第八条第（十）项 — a project touching state security needs the consent of the secrecy and state security
 * bureaus, one touching air defence that of the civil air defence office, "同意后方可纳入规划建设": before
 * it enters the reserve library or the annual plan, before any approval, and before a department
 * supervises it itself (Art. 7 — its decision is that small project's approval).
 */
@Component
public class R8_10SecurityOpinions implements StepPrecondition {

    /** The steps that take a project into planning or approve it. */
    static final Set<LifecycleAction> GATES = Set.of(LifecycleAction.PASS_REVIEW, LifecycleAction.INCLUDE_IN_ANNUAL_PLAN,
            LifecycleAction.APPROVE, LifecycleAction.VERIFY_BUDGET_ESTIMATE, LifecycleAction.APPROVE_EXCEPTIONAL,
            LifecycleAction.SELF_SUPERVISE);

    @Override
    public void check(StepContext step, List<Finding> blocking) {
        if (!GATES.contains(step.action()) || !step.rules().flag(RuleParameter.R8_10_SECURITY_OPINIONS_REQUIRED)) {
            return;
        }
        required(step).forEach(kind -> step.requireConsent(kind, "R8.10", blocking));
    }

    /** The opinions the application's flags call for. */
    public static List<OpinionKind> required(StepContext step) {
        List<OpinionKind> kinds = new ArrayList<>();
        if (step.application().touchesStateSecurity()) {
            kinds.add(OpinionKind.SECRECY);
            kinds.add(OpinionKind.STATE_SECURITY);
        }
        if (step.application().touchesCivilAirDefence()) {
            kinds.add(OpinionKind.CIVIL_AIR_DEFENCE);
        }
        return kinds;
    }
}
