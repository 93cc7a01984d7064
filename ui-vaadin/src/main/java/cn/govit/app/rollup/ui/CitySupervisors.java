package cn.govit.app.rollup.ui;

import java.util.function.Predicate;

import cn.govit.core.security.Actor;
import cn.govit.core.security.Role;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.tenancy.TenantLevel;

/** Who sees 市级监管 in the menu: a city supervisor working in the city's own tenant (Art. 40). */
public final class CitySupervisors implements Predicate<Actor> {

    @Override
    public boolean test(Actor actor) {
        return actor.has(Role.CITY_SUPERVISOR)
                && TenantContext.current().map(t -> t.level() == TenantLevel.CITY).orElse(false);
    }
}
