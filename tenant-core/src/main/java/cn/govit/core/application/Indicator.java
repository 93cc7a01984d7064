package cn.govit.core.application;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

/**
 * 绩效目标指标 — a goal with, where it is quantitative, a numeric target (Art. 8(4)).
 *
 * @param target the numeric target; {@code null} for a qualitative goal
 */
public record Indicator(
        @Size(max = 200) String name,
        @DecimalMin("-999999999999") @DecimalMax("999999999999") BigDecimal target,
        @Size(max = 30) String unit) {

    public boolean quantitative() {
        return name != null && !name.isBlank() && target != null;
    }
}
