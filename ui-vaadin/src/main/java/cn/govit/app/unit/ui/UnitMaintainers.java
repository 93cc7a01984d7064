package cn.govit.app.unit.ui;

import java.util.Set;
import java.util.function.Predicate;

import cn.govit.core.security.Actor;
import cn.govit.core.security.Role;

/** Who keeps the register of owner units (第四条): the district's bureau and tenant administrator. */
public final class UnitMaintainers implements Predicate<Actor> {

    @Override
    public boolean test(Actor actor) {
        return actor.hasAny(Set.of(Role.BUREAU_OFFICER, Role.TENANT_ADMIN));
    }
}
