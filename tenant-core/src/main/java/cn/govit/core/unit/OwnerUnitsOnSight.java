package cn.govit.core.unit;

import cn.govit.core.security.PersonRemembered;
import cn.govit.core.security.Role;
import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The units an owner officer acts for (token claim {@code owner_unit}, kept by the tenant administrator in the
 * district's organization) enter the registry the first time the platform sees the officer, so the officer's
 * own units are always selectable in an application (第四条). Synchronous: the officer's request that follows
 * already finds them. A suspended tenant changes nothing, so its officers are registered after it resumes.
 */
@Component
class OwnerUnitsOnSight {

    private final OwnerUnitService units;

    OwnerUnitsOnSight(OwnerUnitService units) {
        this.units = units;
    }

    @EventListener
    void on(PersonRemembered seen) {
        boolean live = TenantContext.current().filter(t -> !t.suspended()).map(Tenant::code).isPresent();
        if (live && seen.actor().has(Role.OWNER_OFFICER) && !seen.actor().ownerUnits().isEmpty()) {
            units.registerOnSight(seen.actor().ownerUnits(), seen.actor().name());
        }
    }
}
