package cn.govit.app.compliance.ui;

import java.util.function.Predicate;

import cn.govit.core.inventory.InventoryService;
import cn.govit.core.security.Actor;

/** Who sees 合规 in the menu: the bureau, the owner units' officers (their units) and the finance bureau (Art. 33). */
public final class ComplianceReaders implements Predicate<Actor> {

    @Override
    public boolean test(Actor actor) {
        return InventoryService.readableBy(actor);
    }
}
