package cn.govit.core.rules.article;

import static cn.govit.core.rules.article.ArticleCheck.blank;

import java.util.List;

import cn.govit.core.application.Application;
import cn.govit.core.application.OmInventory;
import cn.govit.core.application.ProjectKind;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.CheckContext;
import cn.govit.core.rules.Severity;

/**
 * 第八条第（七）项 — an O&amp;M project shows how its cost was estimated and the inventory of what it
 * keeps running.
 */
public final class R8_7OmInventory implements ArticleCheck {

    @Override
    public void check(Application a, CheckContext context, List<Finding> findings) {
        if (a.kind() != ProjectKind.OPERATION_MAINTENANCE) {
            return;
        }
        if (blank(a.omCostBasis())) {
            findings.add(Finding.of("R8.7", Severity.BLOCKING, "omCostBasis", "R8.7.costBasis"));
        }
        OmInventory inv = a.omInventory();
        if (blank(inv.network()) || blank(inv.applications()) || blank(inv.securityMeasures())) {
            findings.add(Finding.of("R8.7", Severity.BLOCKING, "omInventory", "R8.7.inventory"));
        }
        for (int i = 0; i < inv.hardware().size(); i++) {
            if (inv.hardware().get(i).purchasedOn() == null || inv.hardware().get(i).warrantyEndsOn() == null) {
                findings.add(Finding.of("R8.7", Severity.BLOCKING, "omInventory.hardware[" + i + "]",
                        "R8.7.hardwareDates", i + 1));
            }
        }
    }
}
