package cn.govit.core.rules.article;

import static cn.govit.core.rules.article.ArticleCheck.blank;

import java.util.List;

import cn.govit.core.application.Application;
import cn.govit.core.application.BudgetLine;
import cn.govit.core.application.ConstructionType;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.CheckContext;
import cn.govit.core.rules.Severity;

/**
 * 第八条第（五）项 — a complete and clear budget estimate (reference models of products, every cost
 * item) and, for a new system, a free O&amp;M period of at least the rule set's years.
 */
public final class R8_5BudgetAndFreeOm implements ArticleCheck {

    @Override
    public void check(Application a, CheckContext context, List<Finding> findings) {
        if (a.budget().isEmpty()) {
            findings.add(Finding.of("R8.5", Severity.BLOCKING, "budget", "R8.5.noBudget"));
        }
        for (int i = 0; i < a.budget().size(); i++) {
            BudgetLine line = a.budget().get(i);
            if (line.category() == null) {
                findings.add(Finding.of("R8.5", Severity.BLOCKING, "budget[" + i + "].category", "R8.5.noCategory", i + 1));
            } else if (line.category().needsReferenceModel() && blank(line.referenceModel())) {
                findings.add(Finding.of("R8.5", Severity.BLOCKING, "budget[" + i + "].referenceModel",
                        "R8.5.noReferenceModel", i + 1));
            }
            if (line.amount() == null) {
                findings.add(Finding.of("R8.5", Severity.BLOCKING, "budget[" + i + "].amount", "R8.5.noAmount", i + 1));
            }
        }
        if (!a.budget().isEmpty() && a.totalInvestment() != null
                && a.budgetTotal().compareTo(a.totalInvestment()) != 0) {
            findings.add(Finding.of("R8.5", Severity.WARNING, "budget", "R8.5.totalMismatch",
                    a.budgetTotal().toPlainString(), a.totalInvestment().toPlainString()));
        }
        int minYears = context.rules().integer(RuleParameter.R8_5_MIN_FREE_OM_YEARS);
        if (a.construction() && a.constructionType() == ConstructionType.NEW
                && (a.freeOmYears() == null || a.freeOmYears() < minYears)) {
            findings.add(Finding.of("R8.5", Severity.BLOCKING, "freeOmYears", "R8.5.freeOmTooShort", minYears,
                    a.freeOmYears() == null ? 0 : a.freeOmYears()));
        }
    }
}
