package cn.govit.core.application;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

/** 云资源申请 — compute or storage requested from the tenant's cloud service catalogue (Art. 8(1)). */
public record CloudResourceRequest(
        @Size(max = 50) String offeringCode,
        @DecimalMin("0") @DecimalMax("99999999") BigDecimal quantity) {
}
