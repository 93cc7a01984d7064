package cn.govit.core.application;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/**
 * 投资概算明细 — one budget line in 元 (Art. 8(5)); {@code itContent} false marks non-IT content that
 * Art. 8(8) requires to be listed separately.
 */
public record BudgetLine(
        BudgetCategory category,
        @Size(max = 200) String item,
        @Size(max = 300) String referenceModel,
        @DecimalMin("0.00") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2) BigDecimal amount,
        boolean itContent) {
}
