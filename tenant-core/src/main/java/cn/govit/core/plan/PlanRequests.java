package cn.govit.core.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the bureau (for the leading group) and the finance bureau send to the plan feature. */
public final class PlanRequests {

    private PlanRequests() {
    }

    /** A leading-group meeting and its agenda: projects of the reserve library. */
    public record NewMeeting(@NotBlank @Size(max = 200) String title, @NotNull LocalDate heldOn,
                             @NotEmpty @Size(max = 100) List<@NotNull UUID> projectIds) {
    }

    /**
     * The group's decision on one project: {@code INCLUDE} with the plan year (the meeting's year if empty),
     * priority and funded amount in 元; {@code DEFER} or {@code REJECT} with a reason.
     */
    public record Decision(@NotNull PlanDecision decision, @Min(2000) @Max(2100) Integer planYear,
                           @Min(1) @Max(9999) Integer priority,
                           @DecimalMin("0.01") @DecimalMax("99999999999999.99") @Digits(integer = 14, fraction = 2)
                           BigDecimal fundedAmount,
                           @Size(max = 2000) String reason) {
    }

    /** 资金安排 — the year's fund arrangement in 元, entered by the finance bureau (Art. 4). */
    public record Arrangement(@NotNull @DecimalMin("0.00") @DecimalMax("99999999999999.99")
                              @Digits(integer = 14, fraction = 2) BigDecimal amount,
                              @Size(max = 500) String note) {
    }
}
