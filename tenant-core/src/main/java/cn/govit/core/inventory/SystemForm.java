package cn.govit.core.inventory;

import java.time.LocalDate;
import java.util.List;

/**
 * A system of the inventory as the district enters it (信息系统台账, Art. 15, 33, 38); {@code version} is the one
 * read when changing it, {@code plan} is {@code null} while none is made.
 */
public record SystemForm(Long version, String name, String ownerUnit, SystemLocation location, String districtCloud,
                         Network network, LocalDate commissionedOn, boolean sharingInterface,
                         LocalDate lastCollectedOn, Exemption exemption, String exemptionReason,
                         String exemptionApprover, List<ResourceEntry> resources, MigrationPlan plan) {

    public SystemForm {
        resources = resources == null ? List.of() : List.copyOf(resources);
    }
}
