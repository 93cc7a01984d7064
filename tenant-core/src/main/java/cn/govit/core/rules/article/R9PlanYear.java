package cn.govit.core.rules.article;

import java.util.List;

import cn.govit.core.application.Application;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.CheckContext;
import cn.govit.core.rules.Severity;

/**
 * 第九条 — the libraries keep a three-year rolling plan: the plan year asked for lies within the
 * horizon that starts with the year of the step.
 */
public final class R9PlanYear implements ArticleCheck {

    @Override
    public void check(Application a, CheckContext context, List<Finding> findings) {
        int first = context.rules().date().getYear();
        int last = first + context.rules().integer(RuleParameter.R9_LIBRARY_HORIZON_YEARS) - 1;
        if (a.plannedYear() == null) {
            findings.add(Finding.of("R9", Severity.BLOCKING, "plannedYear", "R9.missing", String.valueOf(first), String.valueOf(last)));
        } else if (a.plannedYear() < first || a.plannedYear() > last) {
            findings.add(Finding.of("R9", Severity.BLOCKING, "plannedYear", "R9.outsideHorizon",
                    String.valueOf(a.plannedYear()), String.valueOf(first), String.valueOf(last)));
        }
    }
}
