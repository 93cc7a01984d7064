package cn.govit.core.notification;

import cn.govit.core.security.Actor;
import cn.govit.core.security.Role;

/**
 * 接收方 — whom a notice is for: a role, and for a step that belongs to the owner unit also that unit (Art. 4:
 * an owner unit's projects are its own officers'). Resolved against the reading user's roles and units.
 *
 * @param ownerUnit the owner unit, or {@code null} for everybody holding the role in the tenant
 */
public record Recipient(Role role, String ownerUnit) {

    public Recipient {
        ownerUnit = ownerUnit == null || ownerUnit.isBlank() ? null : ownerUnit.strip();
    }

    /** The owner unit's officers for its own project, anyone else of the role for the tenant's. */
    public static Recipient of(Role role, String projectOwnerUnit) {
        return new Recipient(role, role == Role.OWNER_OFFICER ? projectOwnerUnit : null);
    }

    public boolean reaches(Actor actor) {
        return actor.has(role) && (ownerUnit == null || actor.actsFor(ownerUnit));
    }
}
