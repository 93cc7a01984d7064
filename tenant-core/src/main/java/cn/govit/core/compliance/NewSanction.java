package cn.govit.core.compliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A sanction the bureau imposes on an owner unit, with the Art. 33 requirement it fails. */
public record NewSanction(@NotBlank @Size(max = 200) String ownerUnit, @NotBlank @Size(max = 1000) String reason) {
}
