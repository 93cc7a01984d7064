package cn.govit.core.inventory;

import java.util.UUID;

/**
 * 台账变更 — published after every change of a tenant's inventory, so the city roll-up can refresh that tenant's
 * migration progress and compliance (Art. 33, 40). {@code systemId} and {@code ownerUnit} are {@code null} for a
 * district cloud's change.
 */
public record InventoryChanged(String tenantCode, UUID systemId, String ownerUnit, Kind kind, String actor) {

    public enum Kind { REGISTERED, UPDATED, COMPLETION_REPORTED, VERIFIED, DISTRICT_CLOUD }
}
