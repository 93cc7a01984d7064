package cn.govit.core.rules.article;

import java.util.List;

import cn.govit.core.application.Application;
import cn.govit.core.application.NetworkDeployment;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.CheckContext;
import cn.govit.core.rules.Severity;

/** 第八条第（二）项 — non-classified systems build on the city's government extranet, not a private network. */
public final class R8_2GovExtranet implements ArticleCheck {

    @Override
    public void check(Application a, CheckContext context, List<Finding> findings) {
        if (a.network() == null) {
            findings.add(Finding.of("R8.2", Severity.BLOCKING, "network", "R8.2.missing"));
        } else if (a.network() != NetworkDeployment.GOV_EXTRANET && context.rules().flag(RuleParameter.R8_2_GOV_EXTRANET_REQUIRED)) {
            findings.add(Finding.of("R8.2", Severity.BLOCKING, "network", "R8.2.notExtranet"));
        }
    }
}
