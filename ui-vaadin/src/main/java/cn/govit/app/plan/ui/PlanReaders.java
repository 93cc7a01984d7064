package cn.govit.app.plan.ui;

import java.util.function.Predicate;

import cn.govit.core.plan.PlanService;
import cn.govit.core.security.Actor;

/** Who sees the leading group's meetings and the annual plan in the menu: the bureau, the finance bureau, the NDRC (Art. 4, 12). */
public final class PlanReaders implements Predicate<Actor> {

    @Override
    public boolean test(Actor actor) {
        return PlanService.readableBy(actor);
    }
}
