package cn.govit.core.inventory;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A system of the inventory as shown, with what today's date makes of it: {@code overdue} (its plan's date has
 * passed unverified), {@code unplanned} (it runs outside the city's cloud and data centre without a plan) and the
 * Art. 33 criteria it fails ({@code failing}; none while it is exempt).
 */
public record SystemView(UUID id, long version, String name, String ownerUnit, SystemLocation location,
                         String districtCloud, Network network, LocalDate commissionedOn, boolean sharingInterface,
                         LocalDate lastCollectedOn, Exemption exemption, String exemptionReason,
                         String exemptionApprover, List<ResourceEntry> resources, MigrationPlan plan,
                         String completionReportedBy, OffsetDateTime completionReportedAt, String verifiedBy,
                         OffsetDateTime verifiedAt, String verificationNote, boolean overdue, boolean unplanned,
                         Set<Criterion> failing, String updatedBy, OffsetDateTime updatedAt) {

    public boolean exempt() {
        return exemption != null;
    }

    /** The system as its form, to change it. */
    public SystemForm form() {
        return new SystemForm(version, name, ownerUnit, location, districtCloud, network, commissionedOn,
                sharingInterface, lastCollectedOn, exemption, exemptionReason, exemptionApprover, resources, plan);
    }
}
