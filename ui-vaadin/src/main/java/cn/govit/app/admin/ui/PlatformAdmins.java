package cn.govit.app.admin.ui;

import java.util.function.Predicate;

import cn.govit.core.security.Actor;
import cn.govit.core.security.Role;

/** Who sees the tenant administration in the menu: the platform administrator only. */
public final class PlatformAdmins implements Predicate<Actor> {

    @Override
    public boolean test(Actor actor) {
        return actor.has(Role.PLATFORM_ADMIN);
    }
}
