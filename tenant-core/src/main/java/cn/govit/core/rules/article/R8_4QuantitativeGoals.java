package cn.govit.core.rules.article;

import java.util.List;

import cn.govit.core.application.Application;
import cn.govit.core.application.Indicator;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.CheckContext;
import cn.govit.core.rules.Severity;

/** 第八条第（四）项 — a new or renovated system's (新建、改建) goals state quantitative indicators for acceptance and performance evaluation. */
public final class R8_4QuantitativeGoals implements ArticleCheck {

    @Override
    public void check(Application a, CheckContext context, List<Finding> findings) {
        int required = context.rules().integer(RuleParameter.R8_4_MIN_QUANTITATIVE_INDICATORS);
        long quantitative = a.indicators().stream().filter(Indicator::quantitative).count();
        if (a.newOrRenovated() && quantitative < required) {
            findings.add(Finding.of("R8.4", Severity.BLOCKING, "indicators", "R8.4.tooFew", required, quantitative));
        }
    }
}
