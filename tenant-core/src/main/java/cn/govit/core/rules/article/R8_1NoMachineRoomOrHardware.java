package cn.govit.core.rules.article;

import java.util.List;

import cn.govit.core.application.Application;
import cn.govit.core.application.BudgetLine;
import cn.govit.core.application.CloudResourceRequest;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.CheckContext;
import cn.govit.core.rules.Severity;

/**
 * 第八条第（一）项 — a new or renovated system (新建、改建) builds no machine room and buys no compute or
 * storage hardware: resources come from the city's cloud service catalogue (Art. 38). Only the bureau's
 * exception under Art. 15 (国家和省另有规定以及条线业务特殊需要) turns the error into a warning; the owner's
 * own reason does not.
 */
public final class R8_1NoMachineRoomOrHardware implements ArticleCheck {

    @Override
    public void check(Application a, CheckContext context, List<Finding> findings) {
        if (!a.newOrRenovated() || !context.rules().flag(RuleParameter.R8_1_NO_MACHINE_ROOM_OR_HARDWARE)) {
            return;
        }
        for (int i = 0; i < a.budget().size(); i++) {
            BudgetLine line = a.budget().get(i);
            if (line.category() != null && line.category().forbiddenByR8_1()) {
                findings.add(!context.centralisationExceptionGranted()
                        ? Finding.of("R8.1", Severity.BLOCKING, "budget[" + i + "].category", "R8.1.forbidden", i + 1)
                        : Finding.of("R8.1", Severity.WARNING, "budget[" + i + "].category", "R8.1.exempted", i + 1));
            }
        }
        for (int i = 0; i < a.cloudResources().size(); i++) {
            CloudResourceRequest request = a.cloudResources().get(i);
            if (request.offeringCode() == null || !context.cloudOfferings().contains(request.offeringCode())) {
                findings.add(Finding.of("R8.1", Severity.BLOCKING, "cloudResources[" + i + "].offeringCode",
                        "R8.1.unknownOffering", String.valueOf(request.offeringCode())));
            } else if (request.quantity() == null || request.quantity().signum() <= 0) {
                findings.add(Finding.of("R8.1", Severity.BLOCKING, "cloudResources[" + i + "].quantity",
                        "R8.1.quantity", request.offeringCode()));
            }
        }
    }
}
