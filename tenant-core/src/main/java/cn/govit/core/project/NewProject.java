package cn.govit.core.project;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new project as an officer enters it.
 *
 * @param totalInvestment 总投资 in 元; at most 999,999,999,999.99 (a sanity bound, far above any district budget)
 */
public record NewProject(
        @NotBlank @Size(max = 200) String title,
        @NotNull ProjectKind kind,
        @NotBlank @Size(max = 200) String ownerUnit,
        @NotNull @DecimalMin("0.00") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2)
        BigDecimal totalInvestment) {
}
