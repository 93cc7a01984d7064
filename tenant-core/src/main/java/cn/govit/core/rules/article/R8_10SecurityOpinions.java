package cn.govit.core.rules.article;

import java.util.List;

import cn.govit.core.application.Application;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.CheckContext;
import cn.govit.core.rules.Severity;

/**
 * 第八条第（十）项 — state security or civil air defence: the opinions of the secrecy bureau, state
 * security bureau or civil air defence office come before approval (enforced at the approval step).
 */
public final class R8_10SecurityOpinions implements ArticleCheck {

    @Override
    public void check(Application a, CheckContext context, List<Finding> findings) {
        if (!context.rules().flag(RuleParameter.R8_10_SECURITY_OPINIONS_REQUIRED)) {
            return;
        }
        if (a.touchesStateSecurity()) {
            findings.add(Finding.of("R8.10", Severity.WARNING, "touchesStateSecurity", "R8.10.stateSecurity"));
        }
        if (a.touchesCivilAirDefence()) {
            findings.add(Finding.of("R8.10", Severity.WARNING, "touchesCivilAirDefence", "R8.10.civilAirDefence"));
        }
    }
}
