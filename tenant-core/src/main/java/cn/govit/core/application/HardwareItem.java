package cn.govit.core.application;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** 硬件类别及数量 in an O&amp;M inventory, with purchase and warranty dates (Art. 8(7)). */
public record HardwareItem(
        @Size(max = 100) String category,
        @Min(0) @Max(1_000_000) int count,
        LocalDate purchasedOn,
        LocalDate warrantyEndsOn) {
}
