package cn.govit.core.rules.article;

import static cn.govit.core.rules.article.ArticleCheck.blank;

import java.util.List;

import cn.govit.core.application.Application;
import cn.govit.core.application.CrossBoundary;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.CheckContext;
import cn.govit.core.rules.Severity;

/**
 * 第八条第（六）项 — a cross-department, cross-region or cross-level project has a joint overall plan:
 * the lead unit with its co-builders, the business and data flows, and the system interfaces.
 */
public final class R8_6CrossBoundary implements ArticleCheck {

    @Override
    public void check(Application a, CheckContext context, List<Finding> findings) {
        CrossBoundary c = a.crossBoundary();
        if (!c.any() || !context.rules().flag(RuleParameter.R8_6_JOINT_PLAN_REQUIRED)) {
            return;
        }
        if (blank(c.leadUnit())) {
            findings.add(Finding.of("R8.6", Severity.BLOCKING, "crossBoundary.leadUnit", "R8.6.leadUnit"));
        }
        if (c.coBuilders().stream().allMatch(ArticleCheck::blank)) {
            findings.add(Finding.of("R8.6", Severity.BLOCKING, "crossBoundary.coBuilders", "R8.6.coBuilders"));
        }
        if (blank(c.flows())) {
            findings.add(Finding.of("R8.6", Severity.BLOCKING, "crossBoundary.flows", "R8.6.flows"));
        }
        if (c.interfaces().stream().allMatch(ArticleCheck::blank)) {
            findings.add(Finding.of("R8.6", Severity.BLOCKING, "crossBoundary.interfaces", "R8.6.interfaces"));
        }
    }
}
