package cn.govit.core.inventory;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A district cloud with its consolidation (Art. 38) and how many systems of the inventory still run on it. */
public record DistrictCloudView(UUID id, long version, String name, LocalDate builtOn, CloudConsolidation consolidation,
                                LocalDate consolidationPlannedOn, long systemsOnIt, String updatedBy,
                                OffsetDateTime updatedAt) {
}
