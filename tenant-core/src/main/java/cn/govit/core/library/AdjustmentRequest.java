package cn.govit.core.library;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 年度调整 — the bureau rolls the libraries to a horizon starting in {@code year} (Art. 9), moving,
 * re-prioritizing or removing projects, each with its reason; every other project whose plan year the new
 * horizon passes is carried forward to its first year.
 */
public record AdjustmentRequest(@NotNull @Min(2000) @Max(2200) Integer year, @Size(max = 2000) String note,
                                @Size(max = 500) List<@Valid @NotNull Change> changes) {

    public AdjustmentRequest {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** What the adjustment does to one project. */
    public enum Action {
        /** 调整计划年度 */
        MOVE,
        /** 调整优先次序 */
        REPRIORITIZE,
        /** 移出项目库 */
        REMOVE
    }

    /**
     * @param planYear the new plan year, for {@link Action#MOVE}
     * @param priority the new priority (1 first), for {@link Action#REPRIORITIZE}
     */
    public record Change(@NotNull UUID projectId, @NotNull Action action, @Min(2000) @Max(2200) Integer planYear,
                         @Min(1) @Max(999) Integer priority, @NotBlank @Size(max = 1000) String reason) {
    }
}
