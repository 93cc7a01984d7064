package cn.govit.core.rules.article;

import static cn.govit.core.rules.article.ArticleCheck.blank;

import java.util.List;
import java.util.Set;

import cn.govit.core.application.Application;
import cn.govit.core.application.BudgetLine;
import cn.govit.core.application.CloudResourceRequest;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.RuleSet;
import cn.govit.core.rules.Severity;

/**
 * 第八条第（一）项 — no new machine rooms, no compute or storage hardware: resources come from the
 * cloud service catalogue. A recorded exemption turns the error into a warning.
 */
public final class R8_1NoMachineRoomOrHardware implements ArticleCheck {

    @Override
    public void check(Application a, RuleSet rules, Set<String> cloudOfferings, List<Finding> findings) {
        if (!a.construction() || !rules.flag(RuleParameter.R8_1_NO_MACHINE_ROOM_OR_HARDWARE)) {
            return;
        }
        for (int i = 0; i < a.budget().size(); i++) {
            BudgetLine line = a.budget().get(i);
            if (line.category() != null && line.category().forbiddenByR8_1()) {
                findings.add(blank(a.hardwareExemption())
                        ? Finding.of("R8.1", Severity.BLOCKING, "budget[" + i + "].category", "R8.1.forbidden", i + 1)
                        : Finding.of("R8.1", Severity.WARNING, "budget[" + i + "].category", "R8.1.exempted", i + 1));
            }
        }
        for (int i = 0; i < a.cloudResources().size(); i++) {
            CloudResourceRequest request = a.cloudResources().get(i);
            if (request.offeringCode() == null || !cloudOfferings.contains(request.offeringCode())) {
                findings.add(Finding.of("R8.1", Severity.BLOCKING, "cloudResources[" + i + "].offeringCode",
                        "R8.1.unknownOffering", String.valueOf(request.offeringCode())));
            } else if (request.quantity() == null || request.quantity().signum() <= 0) {
                findings.add(Finding.of("R8.1", Severity.BLOCKING, "cloudResources[" + i + "].quantity",
                        "R8.1.quantity", request.offeringCode()));
            }
        }
    }
}
