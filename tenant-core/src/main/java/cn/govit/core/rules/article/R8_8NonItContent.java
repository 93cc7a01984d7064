package cn.govit.core.rules.article;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import cn.govit.core.application.Application;
import cn.govit.core.application.BudgetLine;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.CheckContext;
import cn.govit.core.rules.Severity;

/**
 * 第八条第（八）项 — non-IT content is listed apart; the bureau assesses only the IT part, so the
 * officer is told how much of the budget it will not assess.
 */
public final class R8_8NonItContent implements ArticleCheck {

    @Override
    public void check(Application a, CheckContext context, List<Finding> findings) {
        BigDecimal nonIt = a.budget().stream().filter(l -> !l.itContent()).map(BudgetLine::amount)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (a.budget().stream().anyMatch(l -> !l.itContent())) {
            findings.add(Finding.of("R8.8", Severity.WARNING, "budget", "R8.8.nonIt", nonIt.toPlainString()));
        }
    }
}
