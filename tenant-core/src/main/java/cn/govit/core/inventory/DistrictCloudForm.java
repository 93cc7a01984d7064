package cn.govit.core.inventory;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An existing district cloud as the bureau records it, and its consolidation; {@code version} when changing it. */
public record DistrictCloudForm(Long version, @NotBlank @Size(max = 200) String name, @NotNull LocalDate builtOn,
                                @NotNull CloudConsolidation consolidation, LocalDate consolidationPlannedOn) {
}
