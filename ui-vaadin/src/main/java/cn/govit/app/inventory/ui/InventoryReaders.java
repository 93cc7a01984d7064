package cn.govit.app.inventory.ui;

import java.util.function.Predicate;

import cn.govit.core.inventory.InventoryService;
import cn.govit.core.security.Actor;

/** Who sees the inventory in the menu: the bureau, the owner units' officers and the finance bureau (Art. 15, 33, 40). */
public final class InventoryReaders implements Predicate<Actor> {

    @Override
    public boolean test(Actor actor) {
        return InventoryService.readableBy(actor);
    }
}
