package cn.govit.core.rules.article;

import static cn.govit.core.rules.article.ArticleCheck.blank;

import java.util.List;

import cn.govit.core.application.Application;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.CheckContext;
import cn.govit.core.rules.Severity;

/**
 * 第八条第（九）项 — a project organised by a national or provincial body needs the bureau's technical
 * opinion before it is filed upward; the filing step enforces it, the application names the body.
 */
public final class R8_9UpwardApplication implements ArticleCheck {

    @Override
    public void check(Application a, CheckContext context, List<Finding> findings) {
        if (!a.upwardApplication()) {
            return;
        }
        if (blank(a.upwardOrganiser())) {
            findings.add(Finding.of("R8.9", Severity.BLOCKING, "upwardOrganiser", "R8.9.organiser"));
        }
        if (context.rules().flag(RuleParameter.R8_9_BUREAU_OPINION_BEFORE_UPWARD)) {
            findings.add(Finding.of("R8.9", Severity.WARNING, "upwardApplication", "R8.9.opinionFirst"));
        }
    }
}
